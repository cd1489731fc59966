// Assigning a property of undefined inside a timer callback: uncaught, with V8's message and caret.
const state = {};
setTimeout(() => {
  console.log('tick');
  state.session.user = 'ada';
}, 5);
