// `hour12` picks the cycle from the locale's default, as node 20's V8 does: en-US with hour12: false is h24
// (midnight is 24:00), en-GB with hour12: true is h11 (0:00 am).
const midnight = new Date(Date.UTC(2024, 0, 1, 0, 5));
const afternoon = new Date(Date.UTC(2024, 0, 1, 13, 5));
const show = (locale, opts) => {
  const f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...opts });
  const r = f.resolvedOptions();
  console.log(locale, JSON.stringify(opts), '|', f.format(midnight), '|', f.format(afternoon), '|', r.hourCycle, r.hour12);
};
for (const locale of ['en-US', 'en-GB', 'de-DE', 'ja-JP', 'fr-FR']) {
  show(locale, { hour: 'numeric', minute: '2-digit', hour12: false });
  show(locale, { hour: 'numeric', minute: '2-digit', hour12: true });
  show(locale, { hour: '2-digit', minute: '2-digit' });
}
show('en-US', { timeStyle: 'short', hour12: false });
show('en-US', { hour: '2-digit', hourCycle: 'h23' });
show('en-US', { hour: '2-digit', hourCycle: 'h23', hour12: false });
console.log(midnight.toLocaleTimeString('en-US', { timeZone: 'UTC', hour12: false }));
console.log(afternoon.toLocaleString('en-US', { timeZone: 'UTC', hour12: false }));
