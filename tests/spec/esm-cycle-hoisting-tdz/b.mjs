import { describe, counter, label } from './a.mjs';
console.log('b.mjs runs first:', describe('from b'));
try { console.log(counter); } catch (e) { console.log(e.name, e.message); }
try { label; } catch (e) { console.log(e.name, e.message); }
export const fromB = 'b';
