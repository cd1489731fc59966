// A rejection with a plain object that has its own `stack` (node's isErrorLike) is rethrown as it is, from
// node's promise code, which the fatal report shows above the inspected object.
process.on('exit', (code) => console.log('exit', code));
Promise.reject({ message: 'I look like an error', stack: 'Error: fake\n    at nowhere', code: 'E_FAKE' });
