// Array.from of a missing list (undefined or null, read from an object or a binding): V8's message and built-in frame.
const o = { x: 1 };
try { Array.from(o.list); } catch (e) { console.log(e.message, '|', e.stack.split('\n').slice(1, 3).join(' ').split(__dirname).join('<dir>')); }
const head = { next: null };
try { Array.from(head.next); } catch (e) { console.log(e.message, '|', e.stack.split('\n').slice(1, 3).join(' ').split(__dirname).join('<dir>')); }
const n = head.next;
try { Array.from(n); } catch (e) { console.log(e.message, '|', e.stack.split('\n').slice(1, 3).join(' ').split(__dirname).join('<dir>')); }
try { Array.from(undefined); } catch (e) { console.log(e.message, '|', e.stack.split('\n').slice(1, 3).join(' ').split(__dirname).join('<dir>')); }
try { new Set(o.list); console.log('ok set'); } catch (e) { console.log(e.message); }
const oo = { items: null };
try { Math.max(...oo.items); } catch (e) { console.log(e.message, '|', e.stack.split('\n').slice(1, 2).join(' ').split(__dirname).join('<dir>')); }
const cfg = {};
const xs = Array.from(cfg.items);
