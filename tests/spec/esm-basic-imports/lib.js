export let counter = 0;
export function increment() { counter++; }
export const double = (x) => x * 2;
