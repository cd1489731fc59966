// The reason node quotes when a rejection with a non-error value goes unhandled is V8's side-effect-free
// string: an object with a toString of its own shows as its tag ("[object Object]"), not "#<Object>".
(async () => {
  await null;
  throw { code: 'EINVAL', toString() { return 'ValidationError: bad input'; } };
})();
