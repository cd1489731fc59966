import { fromB } from './b.mjs';
export function describe(x) { return `describe(${x}) ok, counter type ${typeof counterFn}`; }
function counterFn() {}
export let counter = 1;
export const label = 'a';
console.log('a.mjs runs second, fromB =', fromB, counter, label);
export const fromA = 'a';
