// An uncaught error in a function made by `new Function`: V8's text of it, `(function anonymous(...) {...})`,
// gives the header's line; the frame is `eval at <maker> (file:line:col)`.
function makeGetter(path) {
  return new Function('obj', `const parts = ${JSON.stringify(path.split('.'))};\nreturn obj.${path};`);
}
const getName = makeGetter('user.profile.name');
console.log(getName({ user: { profile: { name: 'Ada' } } }));
console.log(String(getName));
getName({ user: {} });
