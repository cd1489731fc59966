// An unhandled SIGTERM sent to itself ends the process at once: no 'exit' event, status 143.
process.on('exit', (c) => console.log('exit', c)); setTimeout(() => console.log('never'), 100); process.kill(process.pid, 'SIGTERM'); console.log('sent');
