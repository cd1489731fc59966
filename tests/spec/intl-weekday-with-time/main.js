// A weekday with a time: ICU uses CLDR's own pattern (`E h:mm a`, no comma), and joins with a comma only
// where CLDR has none (`E, HH` for a narrow weekday with a 24-hour hour).
const d = new Date(Date.UTC(2023, 6, 4, 15, 5, 9));
const show = (locale, o) => console.log(locale.padEnd(6), JSON.stringify(o).padEnd(70), new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...o }).format(d));
for (const locale of ['en-US', 'en-GB', 'de', 'fr', 'it', 'nl', 'ru', 'es']) {
  show(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit' });
  show(locale, { weekday: 'long', hour: 'numeric' });
  show(locale, { weekday: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  show(locale, { weekday: 'narrow', hour: 'numeric', hour12: false });
  show(locale, { weekday: 'long', day: 'numeric', hour: 'numeric', minute: 'numeric' });
}
show('en-US', { weekday: 'short', hour: 'numeric', minute: 'numeric', timeZoneName: 'short' });
console.log(d.toLocaleString('en-US', { timeZone: 'UTC', weekday: 'short', hour: 'numeric', minute: '2-digit' }));
console.log(d.toLocaleTimeString('en-US', { timeZone: 'UTC', weekday: 'long' }));
const log = [['login', 8, 5], ['build', 12, 40], ['deploy', 17, 0]];
for (const [what, h, m] of log) {
  const t = new Date(Date.UTC(2023, 6, 3 + h % 5, h, m));
  console.log(`${new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(t)}  ${what}`);
}
