// A "graceful shutdown" handler for SIGKILL: libuv refuses it, and node throws from the listener registration.
console.log('installing handlers');
process.on('SIGINT', () => console.log('bye'));
process.on('SIGKILL', () => console.log('never'));
console.log('not reached');
