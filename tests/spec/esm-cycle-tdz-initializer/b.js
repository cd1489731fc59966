import { a } from './main.js';

console.log('b runs first');
const list = [a];
console.log(list);
