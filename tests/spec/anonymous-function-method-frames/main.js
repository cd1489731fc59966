// An anonymous function called on an object: V8 names its frame after the object's type and the property that
// holds it (`Object.onDone`, `Queue.worker`), or `Type.<anonymous>` when no single property does.
const show = (f) => {
  try { f(); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n').replaceAll(__dirname, '.')); }
};
function options(onDone) { return { retries: 1, onDone }; }
const opts = options(function () { throw new Error('done failed'); });
show(() => opts.onDone());
class Queue {
  constructor(worker) { this.worker = worker; }
  run(job) { return this.worker(job); }
}
show(() => new Queue(function (job) { return job.missing.id; }).run({}));
const ctx = { name: 'ctx' };
show(() => (function () { throw new Error('called with a receiver'); }).call(ctx));
show(() => [1].forEach(function () { throw new Error('forEach thisArg'); }, ctx));
const twice = (function () { return function () { throw new Error('held twice'); }; })();
const both = { a: twice, b: twice };
show(() => both.a());
