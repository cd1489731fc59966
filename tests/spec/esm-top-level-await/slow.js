console.log('slow.js starts');
export const value = await new Promise((resolve) => setImmediate(() => resolve(42)));
console.log('slow.js done');
