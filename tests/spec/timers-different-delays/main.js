// Timers fire in order of their due time, regardless of insertion order.
setTimeout(() => console.log('120ms'), 120);
setTimeout(() => console.log('10ms'), 10);
setTimeout(() => console.log('60ms'), 60);
setTimeout(() => console.log('200ms'), 200);
setTimeout(() => console.log('35ms'), 35);
