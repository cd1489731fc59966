// Import attributes are checked as node checks them: a JSON module needs `with { type: 'json' }`, other
// formats take no type, `type` is the only attribute. The last import is static and uncaught.
const show = (label) => (e) => console.log(label, e.code, e.message.split(import.meta.dirname).join('.'));
const tries = [
  ['missing', () => import('./config.json')],
  ['css', () => import('./config.json', { with: { type: 'css' } })],
  ['module as json', () => import('./lib.mjs', { with: { type: 'json' } })],
  ['cjs as json', () => import('./old.cjs', { with: { type: 'json' } })],
  ['builtin as json', () => import('node:path', { with: { type: 'json' } })],
];
for (const [label, f] of tries) await f().then(() => console.log(label, 'loaded'), show(label));
const ok = await import('./config.json', { with: { type: 'json' } });
console.log('with type json:', ok.default.port);
await import('./static.mjs');
