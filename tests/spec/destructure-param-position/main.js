// A parameter pattern given undefined or null: the frame and the header point at the property's name in the
// pattern, where V8 points.
const show = (f) => {
  try { f(); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n').replaceAll(__dirname, '.')); }
};
function connect({ host, port = 80 }) { return `${host}:${port}`; }
const render = ({ title }) => `<h1>${title}</h1>`;
console.log(connect({ host: 'a' }), render({ title: 't' }));
show(() => connect());
show(() => render(undefined));
function start(opts) {
  return connect(opts.db);
}
start({ db: null });
