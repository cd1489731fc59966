// throwDeprecation: the DeprecationWarning is thrown on the next tick, from node's warning module.
process.throwDeprecation = true; process.emitWarning('x', 'DeprecationWarning', 'DEP0999'); console.log('after');
