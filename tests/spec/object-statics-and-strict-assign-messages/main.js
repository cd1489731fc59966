'use strict';
// V8's messages for Object statics given null/undefined and for failed strict assignments (getters from
// defineProperties/Object.create, frozen built-in objects).
const o = Object.create({}, { url: { get() { return 1; }, enumerable: true } });
try { o.url = 2 } catch (e) { console.log(e.message) }
const p = {};
Object.defineProperties(p, { size: { get: () => 3 }, name: { value: 'n', writable: false } });
try { p.size = 4 } catch (e) { console.log(e.message) }
const m = Object.freeze(new Map());
try { m.extra = 1 } catch (e) { console.log(e.message) }
const fn = function () {};
Object.freeze(fn);
try { fn.tag = 1 } catch (e) { console.log(e.message) }
try { Object.getPrototypeOf(null) } catch (e) { console.log(e.message) }
try { Object.hasOwn(undefined, 'x') } catch (e) { console.log(e.message) }
try { Object.setPrototypeOf(null, {}) } catch (e) { console.log(e.message) }
try { Object.entries(undefined) } catch (e) { console.log(e.message) }
try { Reflect.ownKeys(5) } catch (e) { console.log(e.message) }
try { 'x' in 42 } catch (e) { console.log(e.message) }
const cfg = Object.create(null, { port: { value: 80 }, href: { get() { return `http://localhost:${this.port}`; }, enumerable: true } });
try { cfg.href = "x" } catch (e) { console.log(e.message) }
Object.getPrototypeOf(undefined);
