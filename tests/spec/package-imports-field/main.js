// package.json "imports" (#specifiers), a package importing itself by name, and "exports" patterns with null.
console.log(require('#config'), require('#utils/a'), require('#dep'), require('#cond'));
for (const s of ['#missing', '#utils/private/x', '#', '#/x', 'app/f/a', 'app/f/private/a']) {
  try { console.log(require(s)); } catch (e) { console.log(e.name, e.code, e.message.replaceAll(__dirname, '.')); }
}
import('#cond').then((m) => console.log('esm', m.default));
import('#missing').catch((e) => console.log(e.name, e.code, e.message.replaceAll(__dirname, '.')));
