// An error caught, logged and rethrown: node's source line above the uncaught error is the `throw err;`
// that let it escape, while the stack still says where the Error was made.
function parseConfig(text) {
  if (!text.startsWith('{')) {
    throw new SyntaxError('config must be a JSON object');
  }
  return JSON.parse(text);
}

function load() {
  try {
    return parseConfig('port=8080');
  } catch (err) {
    console.error('Caught:', err.message);
    throw err;
  }
}

console.log('loading');
load();
