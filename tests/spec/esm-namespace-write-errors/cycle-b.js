import * as a from './cycle-a.js';
export const ready = true;
try { console.log(a.settings); } catch (e) { console.log(e.name, e.message); }
