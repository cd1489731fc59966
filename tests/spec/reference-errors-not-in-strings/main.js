// A name used before its declaration or never declared is placed at its use, not at the same letters inside a
// string literal, a template's text or a comment on that line.
try { console.log('x is', x); } catch (e) { console.log(e.message, e.stack.split('\n')[1].split(__dirname).join('.')); }
let x = 1;
try { console.log("y is", y); } catch (e) { console.log(e.message, e.stack.split('\n')[1].split(__dirname).join('.')); }
try { console.log(`total: ${totl}`, 'totl'); } catch (e) { console.log(e.message, e.stack.split('\n')[1].split(__dirname).join('.')); }
try { console.log('name' + ' ' + nme); } catch (e) { console.log(e.message, e.stack.split('\n')[1].split(__dirname).join('.')); }
console.log('z is', z);
