// A property read of null or undefined as the brace-less body of if/for/while/else: V8's column (the name) and value.
function k(c) { if (c) c.foo.bar; }
try { k({}); } catch (e) { console.log(e.message, e.stack.split("\n")[1].split(__dirname).join("<dir>")); }
const user = null;
try { if (true) user.name; } catch (e) { console.log(e.message, e.stack.split("\n")[1].split(__dirname).join("<dir>")); }
try { if (true) null.name; } catch (e) { console.log(e.message, e.stack.split("\n")[1].split(__dirname).join("<dir>")); }
try { for (let i = 0; i < 1; i++) user.x.y; } catch (e) { console.log(e.message, e.stack.split("\n")[1].split(__dirname).join("<dir>")); }
try { if (false) ; else user.name; } catch (e) { console.log(e.message, e.stack.split("\n")[1].split(__dirname).join("<dir>")); }
try { if (true) null['x'] = 1; } catch (e) { console.log(e.message, e.stack.split("\n")[1].split(__dirname).join("<dir>")); }
if (true) null.foo;
