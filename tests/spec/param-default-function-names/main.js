// A function or class given as a parameter's default is named after the parameter.
class PriorityQueue {
  constructor(compare = (a, b) => a - b) { this.compare = compare; this.items = []; }
}
function schedule(task, onDone = function () {}, Kind = class {}) {
  return [task.name, onDone.name, Kind.name];
}
const pick = (list, by = (x) => x.id, named = function chosen() {}) => [by.name, named.name];
console.log(new PriorityQueue());
console.log(new PriorityQueue().compare.name, schedule(function job() {}), pick([]));
console.log(new PriorityQueue((a, b) => b - a).compare.name);
