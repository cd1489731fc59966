// A digest node's binding refuses carries node's constructor and factory frames, and uncaught node's source line.
const crypto = require('crypto');
try { crypto.createHash('sha999') } catch (e) { console.log(e.stack.split("\n").slice(0, 4).join("\n").split(__dirname).join("."), e.code) }
try { crypto.createHmac('nope', 'k') } catch (e) { console.log(e.stack.split("\n").slice(0, 4).join("\n").split(__dirname).join("."), e.code) }
const { createHash } = crypto;
try { createHash('md4') } catch (e) { console.log(e.stack.split("\n").slice(0, 4).join("\n").split(__dirname).join("."), e.code) }
crypto.createHmac("nope", "k");
