// A class's source text comes from the program's own files, not from a file next to it that never loads.
console.log(String(class Point {}));
class Item { constructor() { this.b = 2; } }
console.log(String(Item));
console.log(require('./loaded.js').toString());
