// An error thrown 200 frames deep and caught at the top, then one that escapes: spans unwind through finally.
function dive(n) { if (n === 0) throw new Error('bottom'); return dive(n - 1); }
try { dive(200); } catch (e) { console.log('caught', e.message); }
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
setTimeout(() => dive(50), 1);
