// Frames of callbacks built-ins call: an arrow reviver or replacer (called on the holder object), toSorted's.
const show = (e) => console.log(e.stack.split('\n').slice(0, 3).join('\n').split(__dirname).join('<dir>'));
try { JSON.parse('{"a":1}', (k, v) => { if (k === 'a') throw new Error('bad reviver'); return v; }); } catch (e) { show(e); }
try { JSON.stringify({ a: 1 }, (k, v) => { if (k === 'a') throw new Error('bad replacer'); return v; }); } catch (e) { show(e); }
try { [3, 1].toSorted((a, b) => { throw new Error('bad comparator'); }); } catch (e) { show(e); }
try { [3, 1].sort((a, b) => { throw new Error('bad sort'); }); } catch (e) { show(e); }
