// Promise.any: first fulfilment wins; when every promise rejects, an AggregateError with V8's message.
Promise.any([Promise.reject(new Error('one')), Promise.reject(new Error('two'))]).catch((e) => {
  console.log(e.name, '|', e.message, '|', e.errors.map((x) => x.message), e instanceof AggregateError);
});
Promise.any([Promise.reject(1), new Promise((r) => setTimeout(() => r('late'), 5)), 3]).then((v) => console.log('any ->', v));
Promise.any([]).catch((e) => console.log('empty ->', e.message, e.errors));
Promise.any('ab').then((v) => console.log('string iterable ->', v));
Promise.any(5).catch((e) => console.log('not iterable ->', e.constructor.name));
// Tick counting: where Promise.any settles among other promise chains.
const order = [];
Promise.any([Promise.resolve('x')]).then(() => order.push('any'));
Promise.resolve().then(() => order.push('t1')).then(() => order.push('t2')).then(() => order.push('t3'));
Promise.any([Promise.reject('r')]).catch(() => order.push('any-rejected'));
setTimeout(() => console.log(order.join(' ')), 10);
console.log(Promise.any.name, Promise.any.length);
