// a.mjs has no imports: it is a leaf, so it is evaluated first.
console.log('a.mjs: evaluating');
export const greeting = 'hello from a';
