// refresh() restarts a timer's countdown from now without creating a new timer; works after firing too.
const order = [];
const t = setTimeout(() => order.push('refreshed timer (50ms, refreshed at 30ms -> ~80ms)'), 50);
setTimeout(() => {
  order.push('30ms: refreshing');
  const same = t.refresh();
  order.push('refresh returns the timer: ' + (same === t));
}, 30);
setTimeout(() => order.push('60ms timer'), 60);
setTimeout(() => order.push('200ms timer'), 200);
let fired = 0;
const again = setTimeout(() => {
  fired++;
  order.push('re-armed timer fired ' + fired);
  if (fired === 1) again.refresh(); // re-arm after firing
  else console.log(order.join('\n'));
}, 250);
