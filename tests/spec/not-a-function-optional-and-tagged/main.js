// V8's "is not a function" for calls Boa keeps no position for: an optional call (`o.f?.()`), a call after
// an optional chain (`o?.f()`) and a tagged template (`` o.f`x` ``), caught inside functions and uncaught.
const config = { handler: 5, nested: { run: 'not callable' }, tag: null };

function optionalCall() {
  try {
    config.handler?.('event');
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}

function afterOptionalChain() {
  try {
    config.nested?.run();
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}

function taggedTemplate() {
  const name = 'world';
  try {
    return config.handler`hello ${name}`;
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}

optionalCall();
afterOptionalChain();
taggedTemplate();
console.log(config.tag?.('skipped'), config.missing?.run());

function fire(listener) {
  return listener.onEvent?.({ type: 'click' });
}
fire({ onEvent: 'oops' });
