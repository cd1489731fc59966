// Intl errors carry V8's messages (Looplab translates formatjs's wording).
const tries = [
  () => new Intl.NumberFormat('en-US', { style: 'currency' }),
  () => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'XX' }),
  () => new Intl.NumberFormat('en-US', { style: 'unit', unit: 'foo' }),
  () => new Intl.NumberFormat('en-US', { style: 'unit' }),
  () => new Intl.NumberFormat('en-US', { maximumFractionDigits: 200 }),
  () => new Intl.NumberFormat('en-US', { style: 'bogus' }),
  () => new Intl.DateTimeFormat('en-US').format(new Date(NaN)),
  () => new Intl.DateTimeFormat('en-US', { timeZone: 'Foo/Bar' }),
  () => new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York' }).format(0),
  () => new Intl.DateTimeFormat('en-US', { month: 'huge' }),
  () => new Intl.NumberFormat('not a locale'),
  () => (5).toLocaleString('en-US', { minimumFractionDigits: 3, maximumFractionDigits: 1 }),
  () => new Intl.PluralRules('en', { type: 'x' }),
  () => new Intl.RelativeTimeFormat('en').format(1, 'fortnight'),
  () => new Intl.ListFormat('en').format([1, 2]),
  () => new Date(0).toLocaleString('en-US', { timeZone: 'Asia/Tokyo' }),
];
for (const t of tries) { try { console.log('ok', JSON.stringify(t())); } catch (e) { console.log(e.name + ': ' + e.message); } }
