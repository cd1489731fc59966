import { a } from './star.mjs';
console.log(a);
