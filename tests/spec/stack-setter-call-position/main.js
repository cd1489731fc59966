// A setter that throws: V8 places its caller at the assignment's operator, also when the target is a new
// object or an element (`new Inv().total = 1`, `[inv][0].total += 4`).
class Inv { set total(v) { throw new Error(`bad total ${v}`); } }
const show = (e) => console.log(e.message, e.stack.split('\n')[2].split(__dirname).join('.'));
try { new Inv().total = 1; } catch (e) { show(e); }
const inv = new Inv();
try { inv.total = 3; } catch (e) { show(e); }
try { [inv][0].total += 4; } catch (e) { show(e); }
const box = { inv };
try { box.inv.total ??= 5; } catch (e) { show(e); }
