// Date formatting through Intl.DateTimeFormat and Date#toLocale*String (the clock is UTC), against node's ICU.
const show = (label, f) => {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, `${e.name}: ${e.message}`); }
};
const d = new Date(Date.UTC(2024, 1, 29, 15, 4, 5, 678));
const midnight = new Date(Date.UTC(1999, 11, 31, 0, 0, 0));
show('toLocaleString', () => d.toLocaleString());
show('toLocaleDateString', () => d.toLocaleDateString());
show('toLocaleTimeString', () => d.toLocaleTimeString());
show('midnight', () => midnight.toLocaleString());
show('en-US', () => d.toLocaleString('en-US'));
for (const locale of ['en-GB', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pl-PL', 'ru-RU', 'sv-SE', 'en-IN', 'en-AU', 'hi-IN']) {
  show(`${locale} full`, () => d.toLocaleDateString(locale, { dateStyle: 'full' }));
  show(`${locale} long`, () => d.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric' }));
  show(`${locale} time`, () => d.toLocaleTimeString(locale));
}
const cases = [
  ['weekday long', { weekday: 'long' }],
  ['weekday short', { weekday: 'short' }],
  ['month long', { month: 'long' }],
  ['month short day', { month: 'short', day: 'numeric' }],
  ['year month', { year: 'numeric', month: '2-digit' }],
  ['2-digit all', { year: '2-digit', month: '2-digit', day: '2-digit' }],
  ['hour minute', { hour: '2-digit', minute: '2-digit' }],
  ['hour12 false', { hour: 'numeric', minute: 'numeric', hour12: false }],
  ['hourCycle h23', { hour: 'numeric', hourCycle: 'h23' }],
  ['seconds', { minute: '2-digit', second: '2-digit' }],
  ['dateStyle medium', { dateStyle: 'medium' }],
  ['dateStyle short', { dateStyle: 'short' }],
  ['timeStyle short', { timeStyle: 'short' }],
  ['timeStyle medium', { timeStyle: 'medium' }],
  ['both styles', { dateStyle: 'long', timeStyle: 'short' }],
  ['era', { year: 'numeric', era: 'short' }],
  ['utc explicit', { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'long' }],
];
for (const [label, options] of cases) {
  show(label, () => new Intl.DateTimeFormat('en-US', options).format(d));
}
show('parts', () => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).formatToParts(d));
show('resolved', () => new Intl.DateTimeFormat().resolvedOptions());
show('invalid date', () => new Date(NaN).toLocaleString());
show('format invalid', () => new Intl.DateTimeFormat('en-US').format(new Date(NaN)));
show('format number', () => new Intl.DateTimeFormat('en-US').format(0));
show('date style with time only', () => d.toLocaleTimeString('en-US', { dateStyle: 'short' }));
show('array of dates', () => [d, midnight].toLocaleString('en-GB'));
// Hours and minutes with a zone name, and default date-times in CJK and pt-BR (fixed up from node's ICU at build time).
show('zone hm', () => new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: 'numeric', timeZoneName: 'short' }).format(d));
show('zone h', () => new Intl.DateTimeFormat('en-US', { hour: 'numeric', timeZoneName: 'short' }).format(d));
for (const locale of ['ja-JP', 'zh-CN', 'ko-KR', 'pt-BR']) show(`default ${locale}`, () => d.toLocaleString(locale));
show('long month with time', () => new Intl.DateTimeFormat('de-DE', { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: 'numeric' }).format(d));
show('wide weekday ja', () => new Intl.DateTimeFormat('ja-JP', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }).format(d));
