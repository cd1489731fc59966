import * as b from './cycle-b.js';
export const settings = { port: 80 };
console.log('a sees', typeof b.ready);
