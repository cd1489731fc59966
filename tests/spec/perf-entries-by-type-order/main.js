performance.mark('a', { startTime: 10 });
performance.mark('b', { startTime: 3 });
console.log(performance.getEntriesByType('mark').map(e => e.name));
