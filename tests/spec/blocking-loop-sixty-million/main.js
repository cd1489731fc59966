// The course's "block the event loop" demo: a synchronous counting loop of 60 million iterations delays a
// 0 ms timer until it ends (Looplab's default loop limit lets such a loop finish).
setTimeout(() => console.log('timer ran after the loop'), 0);
let total = 0;
for (let i = 0; i < 6e7; i++) total++;
console.log('loop done', total);
