// Getters defined with Object.defineProperty that throw: V8 names an enumerable one's frame after the property.
const cache = {};
Object.defineProperty(cache, 'length', {
  get() { throw new Error('length is not tracked'); },
});
try { console.log(cache.length); } catch (e) { console.log(e.stack.split('\n').slice(0, 2).join('\n').split(__dirname).join('<dir>')); }
Object.defineProperty(cache, 'size', {
  get() { throw new Error('size is not tracked'); },
  enumerable: true,
});
try { console.log(cache.size); } catch (e) { console.log(e.stack.split('\n').slice(0, 2).join('\n').split(__dirname).join('<dir>')); }
console.log(cache.size);
