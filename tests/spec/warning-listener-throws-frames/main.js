// A 'warning' listener that throws: node emits warnings from doEmitWarning, a nextTick with an argument.
process.on('warning', (w) => {
  console.log('listener got', w.name, w.message);
  throw new Error('warning listener failed');
});
process.emitWarning('disk almost full', 'CapacityWarning');
