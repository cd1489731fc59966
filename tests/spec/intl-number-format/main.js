// Number formatting through Intl.NumberFormat and toLocaleString, checked against node's ICU.
const show = (label, f) => {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, `${e.name}: ${e.message}`); }
};
for (const x of [0, -0, 1, -1, 0.5, 1.0005, 1234.5678, -9876543.21, 1e21, 1e-7, 123456789012345680000, NaN, Infinity]) {
  show(`default ${x}`, () => x.toLocaleString());
  show(`en-US ${x}`, () => x.toLocaleString('en-US'));
}
const n = 1234567.891;
for (const locale of ['en-US', 'en-GB', 'en-IN', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR', 'ja-JP', 'zh-CN', 'ko-KR', 'ru-RU', 'hi-IN', 'nl-NL', 'sv-SE', 'pl-PL']) {
  show(`${locale} plain`, () => n.toLocaleString(locale));
  show(`${locale} EUR`, () => n.toLocaleString(locale, { style: 'currency', currency: 'EUR' }));
  show(`${locale} percent`, () => (0.256).toLocaleString(locale, { style: 'percent' }));
}
const cases = [
  ['USD', { style: 'currency', currency: 'USD' }, 1234.5],
  ['USD negative', { style: 'currency', currency: 'USD' }, -1234.5],
  ['JPY', { style: 'currency', currency: 'JPY' }, 1234.5],
  ['USD code', { style: 'currency', currency: 'USD', currencyDisplay: 'code' }, 99.99],
  ['USD name', { style: 'currency', currency: 'USD', currencyDisplay: 'name' }, 1],
  ['USD accounting', { style: 'currency', currency: 'USD', currencySign: 'accounting' }, -5],
  ['2 decimals', { minimumFractionDigits: 2, maximumFractionDigits: 2 }, 3.14159],
  ['no grouping', { useGrouping: false }, 1234567],
  ['compact short', { notation: 'compact' }, 1234567],
  ['compact long', { notation: 'compact', compactDisplay: 'long' }, 1234567],
  ['compact small', { notation: 'compact' }, 999],
  ['scientific', { notation: 'scientific' }, 123456],
  ['engineering', { notation: 'engineering' }, 123456],
  ['sign always', { signDisplay: 'always' }, 5],
  ['sign exceptZero', { signDisplay: 'exceptZero' }, 0],
  ['unit kmh', { style: 'unit', unit: 'kilometer-per-hour' }, 50],
  ['unit long', { style: 'unit', unit: 'megabyte', unitDisplay: 'long' }, 1.5],
  ['unit narrow', { style: 'unit', unit: 'celsius', unitDisplay: 'narrow' }, 21],
  ['significant', { maximumSignificantDigits: 3 }, 123456],
  ['min integer', { minimumIntegerDigits: 3 }, 7],
  ['percent 1dp', { style: 'percent', minimumFractionDigits: 1 }, 0.12345],
];
for (const [label, options, value] of cases) {
  show(label, () => new Intl.NumberFormat('en-US', options).format(value));
}
show('bigint', () => (12345678901234567890n).toLocaleString());
show('bigint de', () => (12345678901234567890n).toLocaleString('de-DE'));
show('bigint format', () => new Intl.NumberFormat('en-US').format(10n ** 25n));
show('parts', () => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).formatToParts(-1234.56));
show('resolved', () => new Intl.NumberFormat().resolvedOptions().locale);
show('resolved de', () => new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).resolvedOptions().currency);
show('supported', () => Intl.NumberFormat.supportedLocalesOf(['en-US', 'de']));
show('bad currency', () => new Intl.NumberFormat('en-US', { style: 'currency' }));
show('array', () => [1234.5, 6789, null, 0.25].toLocaleString());
show('array de', () => [1234.5, 6789].toLocaleString('de-DE'));
show('format bound', () => [1, 22, 333333].map(new Intl.NumberFormat('en-US').format));
