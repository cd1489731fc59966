// Runaway recursion: the run ends with node's RangeError; every span opened on the way down is closed.
function down(n) { return down(n + 1) + 1; }
setTimeout(() => console.log('timer still runs'), 1);
try { down(0); } catch (e) { console.log('caught', e instanceof RangeError); }
down(0);
