// Strings past V8's length limit throw RangeError: Invalid string length (Boa would try to allocate them).
try { 'a'.repeat(2 ** 30); } catch (e) { console.log(e.name, e.message); }
try { 'ab'.padStart(2 ** 31); } catch (e) { console.log(e.name, e.message); }
try { 'ab'.padEnd(2 ** 31, ''); console.log('empty fill ok'); } catch (e) { console.log(e.name, e.message); }
console.log('x'.repeat(3), 'x'.padStart(3, '-'), 'x'.padEnd(3), String.prototype.repeat.name, String.prototype.padStart.length, String(String.prototype.repeat));
try { String.prototype.repeat.call(null, 2); } catch (e) { console.log(e.name, e.message); }
try { 'a'.repeat(-1); } catch (e) { console.log(e.name, e.message); }
'a'.repeat(2 ** 30);
