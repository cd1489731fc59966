// Every name of a zone resolves to the one ICU reports; the UTC zone's many names are UTC; offsets are refused.
const at = new Date(Date.UTC(2024, 0, 1, 12));
for (const tz of ['GMT', 'Etc/GMT+5', 'Etc/UTC', 'Europe/Kyiv', 'Europe/Kiev', 'utc', 'Etc/GMT', 'Asia/Calcutta', 'Asia/Kolkata',
  'US/Pacific', 'America/Buenos_Aires', 'America/Argentina/Buenos_Aires', 'Etc/GMT-14', 'Zulu', 'Etc/Zulu', 'Universal',
  'Asia/Rangoon', 'Asia/Yangon', 'Asia/Saigon', 'Asia/Ho_Chi_Minh', 'Asia/Kathmandu', 'Pacific/Chuuk', 'Atlantic/Faroe']) {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: tz, hour: 'numeric', minute: '2-digit' });
  console.log(tz.padEnd(32), f.resolvedOptions().timeZone.padEnd(24), f.format(at), at.toLocaleString('en-GB', { timeZone: tz }));
}
for (const tz of ['+05:30', '-08:00', 'Mars/Olympus']) {
  try { new Intl.DateTimeFormat('en', { timeZone: tz }); } catch (e) { console.log(e.name, e.message); }
}
