// A getter that throws while a destructuring pattern reads it: V8 places the caller at the binding.
class Sensor {
  constructor(online) { this.online = online; }
  get reading() {
    if (!this.online) throw new Error('Sensor offline');
    return 21.5;
  }
}
function show(sensor) {
  const { reading } = sensor;
  return reading;
}
console.log(show(new Sensor(true)));
try { show(new Sensor(false)); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n').split(__dirname).join('<dir>')); }
const { reading: value } = new Sensor(false);
console.log(value);
