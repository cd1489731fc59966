console.log('bomb.js: loading');
function explode() {
  throw new TypeError('exploded while loading bomb.js');
}
explode();
