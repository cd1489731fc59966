// NumberFormat#resolvedOptions() as V8 orders and fills it, for the common styles.
const cases = [
  ['en-US', { style: 'currency', currency: 'USD' }],
  ['en-US', { notation: 'compact' }],
  ['de-DE', { style: 'percent', maximumFractionDigits: 1 }],
  ['en-US', { maximumSignificantDigits: 3 }],
  ['en-US', { style: 'unit', unit: 'kilometer-per-hour', unitDisplay: 'long' }],
  ['en-IN', {}],
];
for (const [loc, o] of cases) console.log(new Intl.NumberFormat(loc, o).resolvedOptions());
