// Undeclared names read or assigned at the top level: V8's column is the name's use (the `=` of an
// assignment in strict code), also when the read is not the first thing on its line.
'use strict';
const where = (e) => e.stack.split('\n')[1].split(__dirname).join('<dir>');
try { module.exports = { v: notDefined + 1 }; } catch (e) { console.log(e.message, where(e)); }
try { console.log(alsoMissing); } catch (e) { console.log(e.message, where(e)); }
try { leaked = 'oops'; } catch (e) { console.log(e.message, where(e)); }
require('./lib.js');
