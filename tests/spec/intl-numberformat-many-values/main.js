// NumberFormat over many values and the common styles and locales: rounding (half away from zero on the
// shortest decimal), grouping (en-IN's lakh groups, es's minimum grouping), signs and symbols.
let seed = 12345;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const values = [0, 1, -1, 0.5, 1.005, 2.675, 1.45, -1.45, 0.125, 999.995, 1234.5, -1234.5, 1e-7, 0.0001,
  123456789.987, -0.004, 0.1 + 0.2, 1e14, 5e-324, 1.5e10];
for (let i = 0; i < 60; i++) {
  const mag = 10 ** Math.floor(rand() * 12 - 4);
  values.push(Math.round((rand() - 0.3) * mag * 1e6) / 1e6);
}
const formats = [
  ['en-US', {}],
  ['en-US', { style: 'currency', currency: 'USD' }],
  ['en-US', { style: 'currency', currency: 'JPY' }],
  ['en-US', { style: 'percent', maximumFractionDigits: 1 }],
  ['en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }],
  ['en-US', { maximumFractionDigits: 0, minimumIntegerDigits: 3 }],
  ['en-US', { useGrouping: false, maximumFractionDigits: 4 }],
  ['en-IN', { style: 'currency', currency: 'INR' }],
  ['de-DE', { style: 'currency', currency: 'EUR' }],
  ['fr-FR', { maximumFractionDigits: 2 }],
  ['es-ES', {}],
  ['ja-JP', { style: 'currency', currency: 'JPY' }],
  ['en-GB', { style: 'currency', currency: 'GBP', currencyDisplay: 'code' }],
  ['pl-PL', { style: 'percent' }],
];
for (const [loc, o] of formats) {
  const nf = new Intl.NumberFormat(loc, o);
  console.log(loc, JSON.stringify(o));
  console.log(values.map((v) => nf.format(v)).join(' | '));
}
console.log((1234.5).toLocaleString('en-US', { style: 'currency', currency: 'USD' }), (0.256).toLocaleString('en-US', { style: 'percent' }));
