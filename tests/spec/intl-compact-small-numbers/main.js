// Compact notation gives a number below 1 no suffix, however small (formatjs gave 1e-7 a 'T').
for (const x of [1e-7, 1e-6, 9e-7, 5e-7, 1e-8, 1e-9, 1e-12, 1e-15, -1e-7, 0.0000004, 1e-20]) {
  const f = new Intl.NumberFormat('en-US', { notation: 'compact' });
  const g = new Intl.NumberFormat('de-DE', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 });
  console.log(x, f.format(x), JSON.stringify(f.formatToParts(x)), g.format(x));
}
const f = new Intl.NumberFormat('en-US', { notation: 'compact' });
console.log(f.format(1e-7), f.format(0.5), f.format(-0.25), f.format(0.001234), f.format(0), f.format(999), f.format(1234));
console.log(JSON.stringify(f.formatToParts(0.5)));
const g = new Intl.NumberFormat('de-DE', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 });
console.log(g.format(1e-7), g.format(0.04), g.format(12345));
console.log((0.000123).toLocaleString('en', { notation: 'compact' }));
