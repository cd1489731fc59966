const iv = setInterval(function onInterval() {
  clearInterval(iv);
  throw new RangeError('thrown in interval');
}, 1);
