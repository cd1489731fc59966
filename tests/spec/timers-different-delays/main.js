// Timers fire in order of their due time, regardless of insertion order.
setTimeout(() => console.log('60ms'), 60);
setTimeout(() => console.log('5ms'), 5);
setTimeout(() => console.log('30ms'), 30);
setTimeout(() => console.log('100ms'), 100);
setTimeout(() => console.log('15ms'), 15);
