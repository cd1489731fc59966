// Errors thrown in async functions become rejections; try/catch around await catches them in order.
async function fails(msg) {
  await null;
  throw new Error(msg);
}
async function failsSync(msg) {
  throw new TypeError(msg); // still a rejection, never a sync throw
}
async function main() {
  try {
    await fails('late');
  } catch (e) {
    console.log('caught', e.message);
  }
  try {
    const p = failsSync('early');
    console.log('failsSync returned a', p.constructor.name);
    await p;
  } catch (e) {
    console.log('caught', e.name, e.message);
  }
  const r = await fails('as value').catch((e) => 'recovered from ' + e.message);
  console.log(r);
  return 'main done';
}
main().then(console.log);
console.log('sync end');
