// node's web classes are JavaScript classes: console.log prints them as `[class X]` (with `extends`), unlike
// the engine's built-in constructors, which print as `[Function: X]`.
console.log(EventTarget, Event, CustomEvent);
console.log(AbortController, AbortSignal);
console.log(URL, URLSearchParams, TextEncoder, TextDecoder);
console.log(Blob, Headers, Request, Response);
console.log(Map, Promise, Date, Function, Uint8Array);
console.log([AbortSignal, Map], { Event, Set });
