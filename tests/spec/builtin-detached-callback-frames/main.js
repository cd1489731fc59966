// Builtins passed as callbacks: JSON.parse's frame has no receiver; String.prototype.trim gets `this`
// undefined and says so, with its own frame and the array method's.
const rel = (s) => s.replaceAll(__dirname, '<dir>');
const lines = ['{"a":1}', '{bad}'];
try { lines.map(JSON.parse); } catch (e) { console.log(rel(e.stack)); }
try { lines.map((l) => JSON.parse(l)); } catch (e) { console.log(rel(e.stack)); }
const names = [' ann ', ' bob'];
try { names.map(String.prototype.trim); } catch (e) { console.log(rel(e.stack)); }
console.log(names.map((n) => n.trim()));
