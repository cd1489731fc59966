// Importing a file of no known module format (a .txt): node's loader refuses it while loading.
console.log('loading notes');
const notes = await import('./notes.txt');
console.log(notes);
