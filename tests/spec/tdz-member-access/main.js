// A let/const read through a member access before its declaration ran: V8's message names the binding.
function setup() {
  console.log(settings.mode);
  const settings = {};
}
try { setup(); } catch (e) { console.log(e.message, e.stack.split('\n')[1].split(__dirname).join('')); }
setup();
