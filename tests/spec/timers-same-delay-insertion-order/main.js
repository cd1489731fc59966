// Timers with the same delay fire in insertion order.
for (let i = 1; i <= 5; i++) setTimeout(() => console.log('30ms timer', i), 30);
for (let i = 1; i <= 3; i++) setTimeout(() => console.log('1ms timer', i), 1);
console.log('scheduled');
