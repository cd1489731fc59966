// An undeclared name used inside a function that ran without reaching it, and then at the top level: the
// top-level use is the one that throws.
function report(verbose) {
  if (verbose) logger.info('verbose');
  return 'ok';
}
console.log(report(false));
try { logger.warn('in try'); } catch (e) { console.log('caught', e.message); }
logger.error('failed');
