const nums = [1, 2];
class T { set c(v) { if (v < 0) throw new RangeError('neg'); this._c = v; } }
const t = new T();
try { t.c = -1; } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n').split(__dirname).join('.')); }
function f() {
  const temps = [t];
  temps[0].c = -5;
}
try { f(); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n').split(__dirname).join('.')); }
nums.length = -1;
