import('./entry.mjs').catch((e) => { console.log(e.name); console.log(e.message); });
// Unhandled, node prints the import's line and its instantiate frames.
setTimeout(() => import('./entry.mjs'), 5);
