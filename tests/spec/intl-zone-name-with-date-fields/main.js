// timeZoneName asked for together with date fields: ICU joins the date part with the zoned time part.
const d = new Date('2024-03-15T10:30:00Z');
const show = (o) => console.log(d.toLocaleString('en-US', { timeZone: 'UTC', ...o }));
show({ weekday: 'short', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });
show({ year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
show({ month: 'short', day: 'numeric', timeZoneName: 'short' });
show({ hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });
show({ weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', timeZoneName: 'short' });
show({ year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', hour12: false, timeZoneName: 'short' });
show({ month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });
const f = new Intl.DateTimeFormat('en-US', { dateStyle: undefined, month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' });
console.log(f.formatToParts(d).map((p) => `${p.type}:${p.value}`).join('|'));
console.log(d.toLocaleString('de-DE', { timeZone: 'UTC', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }));
