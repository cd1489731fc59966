// console.log(globalThis) lists node's enumerable globals in its order; setTimeout carries its promisify getter.
console.log(globalThis)
console.log(setTimeout, Object.keys(globalThis)); console.log(Object.getOwnPropertyDescriptor(globalThis, "fetch"), Object.getOwnPropertyDescriptor(globalThis, "crypto"))
const util = require("util"); const sleep = util.promisify(setTimeout); sleep(5).then(() => console.log("slept")); structuredClone({a:1}); console.log(structuredClone(new Map([[1,2]])), typeof fetch, fetch.length); for (const k in globalThis) console.log(k);
