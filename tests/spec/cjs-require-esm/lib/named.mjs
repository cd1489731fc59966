import { helper } from './helper.cjs';
console.log('named.mjs evaluates', helper(), import.meta.url.endsWith('/lib/named.mjs'));
let n = 0;
export function count() { return ++n; }
export const kind = 'named';
Promise.resolve().then(() => console.log('named.mjs microtask'));
