// A `finally` callback runs under V8's builtin closure: its stack has an `at <anonymous>` frame below it; the
// callback adds no microtask turns of its own.
const order = [];
Promise.resolve().then(() => order.push('a1')).then(() => order.push('a2')).then(() => order.push('a3'));
Promise.resolve().finally(() => order.push('f')).then(() => order.push('f-then'));
Promise.reject(new Error('x')).finally(() => order.push('f2')).catch(() => order.push('f2-catch'));
setTimeout(() => console.log(order.join(' '), Promise.prototype.finally.length, Promise.prototype.finally.name, String(Promise.prototype.finally)));
Promise.resolve().finally(function cleanup() { throw new Error('caught'); }).catch((e) => console.log(e.stack.replaceAll(__dirname, '.')));
Promise.resolve(5).finally(() => { throw new Error('uncaught in finally'); });
