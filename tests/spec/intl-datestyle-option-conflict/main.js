// dateStyle/timeStyle with a field option: V8's TypeError message.
const d = new Date(Date.UTC(2024, 6, 4, 18, 30));
for (const opts of [{ dateStyle: 'medium', year: 'numeric' }, { timeStyle: 'short', hour: 'numeric' }, { dateStyle: 'long' }]) {
  try {
    console.log(d.toLocaleDateString('en-US', { ...opts, timeZone: 'UTC' }));
  } catch (e) {
    console.log(e.name, e.message);
  }
}
