// Intl loads on first use wherever that is: inside a stream Transform, a sort comparator, a timer.
const { Transform, Readable } = require('stream');
const util = require('util');
const fmt = new Transform({
  objectMode: true,
  transform(n, _enc, cb) {
    cb(null, `${n.toLocaleString('de-DE')} ${new Date(Date.UTC(2020, 0, n)).toLocaleDateString('en-US', { weekday: 'long' })}\n`);
  },
});
Readable.from([1234.5, 2, 3000000]).pipe(fmt).on('data', (s) => process.stdout.write(s)).on('end', () => {
  console.log(util.inspect(['b', 'a', 'B'].sort((x, y) => x.localeCompare(y))));
  console.log(util.format('%s', new Intl.NumberFormat('en-IN').format(12345678)));
  setTimeout(() => console.log(new Intl.Locale('fr-CA').language, [3, 1, 2].toLocaleString('hi-IN')), 1);
});
