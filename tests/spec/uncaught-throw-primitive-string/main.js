// An uncaught thrown string prints as itself (not quoted), after the source line and caret.
console.log('before');
setTimeout(() => {
  throw 'something went wrong';
}, 0);
