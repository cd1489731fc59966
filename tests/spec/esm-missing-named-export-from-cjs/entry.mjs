import { helper as h, version } from './lib.cjs';
console.log(h, version);
