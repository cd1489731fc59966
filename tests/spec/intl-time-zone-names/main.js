// Time zone names of the zones lessons use (EST/EDT, Pacific Standard Time, India Standard Time), in several locales.
const d = new Date(Date.UTC(2024, 0, 15, 12));
const s = new Date(Date.UTC(2024, 6, 15, 12));
console.log(d.toLocaleString('en-US', { timeZone: 'America/New_York', timeZoneName: 'short' }));
console.log(s.toLocaleString('en-US', { timeZone: 'America/New_York', timeZoneName: 'short' }));
console.log(new Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles', hour: 'numeric', timeZoneName: 'long' }).format(d));
console.log(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Kolkata', timeStyle: 'full' }).format(d));
console.log(new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Paris', dateStyle: 'full', timeStyle: 'long' }).format(s));
console.log(new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', timeStyle: 'full' }).format(s));
console.log(new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', timeStyle: 'full' }).format(s));
console.log(d.toLocaleTimeString('en-US', { timeZone: 'America/Chicago', timeZoneName: 'short' }));
console.log(d.toLocaleString('en-US', { timeZone: 'Australia/Sydney', timeZoneName: 'short' }));
