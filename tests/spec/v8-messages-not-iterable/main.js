// Iterating null or undefined: V8 names a bare name, a plain function's call or the value, by construct.
const t = (name, f) => { try { f(); } catch (e) { console.log(name, '|', e.message); } };
const str = 'garbage';
const obj = { get() { return null; } };
function f() { return null; }
t('lit-match', () => { const [, k] = 'garbage'.match(/^(\w+):/); });
t('var-match', () => { const [, k] = str.match(/^(\w+):/); });
t('re-exec', () => { const [, k] = /^(\w+):/.exec(str); });
t('call', () => { const [a] = f(); });
t('method', () => { const [a] = obj.get(); });
t('var', () => { const x = null; const [a] = x; });
t('undef-call', () => { const [a] = (() => undefined)(); });
t('assign', () => { let a; [a] = str.match(/y/); });
t('for-of', () => { for (const x of str.match(/y/)) {} });
t('spread', () => { const a = [...str.match(/y/)]; });
t('obj-destr', () => { const { groups } = str.match(/y/); });
const o = { p: null, u: undefined, get() { return undefined; } };
const arr = [null];
function g() { return undefined; }
t('member', () => { const [a] = o.p; });
t('member-u', () => { const [a] = o.u; });
t('index', () => { const [a] = arr[0]; });
t('call-u', () => { const [a] = g(); });
t('method-u', () => { const [a] = o.get(); });
t('assign-call', () => { let a; [a] = g(); });
t('assign-var', () => { let a; const z = null; [a] = z; });
t('for-call', () => { for (const x of g()) {} });
t('for-var', () => { const z = undefined; for (const x of z) {} });
t('spread-call', () => { const a = [...g()]; });
t('obj-call', () => { const { a } = g(); });
t('obj-method', () => { const { a } = o.get(); });
t('nested', () => { const [[a]] = [null]; });
const [, key, value] = 'no colon here'.match(/^(\w+):\s*(.*)$/);
