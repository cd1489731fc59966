// An unhandled Promise.any rejection: node's fatal report for an error made by the engine.
console.log('start');
Promise.any([Promise.reject(new Error('a')), Promise.reject(new Error('b'))]);
