// The members node defines enumerable on Event, CustomEvent, EventTarget, AbortSignal and AbortController
// (for...in over instances, Object.keys of the prototypes), in its key order.
const ev = new CustomEvent('order', { detail: { id: 7 } });
const keys = [];
for (const k in ev) keys.push(k);
console.log('for-in CustomEvent:', keys.join(', '));
const ac = new AbortController();
const sigKeys = [];
for (const k in ac.signal) sigKeys.push(k);
console.log('for-in AbortSignal:', sigKeys.join(', '));
const ctlKeys = [];
for (const k in ac) ctlKeys.push(k);
console.log('for-in AbortController:', ctlKeys.join(', '));
console.log('Event.prototype keys:', Object.keys(Event.prototype));
console.log('EventTarget.prototype keys:', Object.keys(EventTarget.prototype));
console.log('AbortSignal.prototype keys:', Object.keys(AbortSignal.prototype));
console.log('CustomEvent.prototype keys:', Object.keys(CustomEvent.prototype));
const methods = Object.keys(Event.prototype).filter((k) => typeof Object.getOwnPropertyDescriptor(Event.prototype, k).value === 'function');
console.log('enumerable methods:', methods);
