// The global console is an instance of Console (by node's kIsConsole mark), its prototype an empty object.
const { Console } = require('console');
console.log(console instanceof Console, Object.getPrototypeOf(console) === Object.prototype);
console.log(new Console(process.stdout) instanceof Console, {} instanceof Console);
console.log(Object.getPrototypeOf(Object.getPrototypeOf(console)) === Object.prototype, String(console));
