// Date's string forms under TZ=UTC name the zone as V8 does.
const d = new Date(Date.UTC(2024, 2, 7, 10, 20, 30));
console.log(d.toString());
console.log(String(d));
console.log(`${new Date(0)}`);
console.log(d.toTimeString());
console.log(d.toDateString());
console.log(d.toUTCString());
console.log(d.toISOString());
console.log('' + new Date(86400000 * 365));
console.log([d].join());
console.log(d);
