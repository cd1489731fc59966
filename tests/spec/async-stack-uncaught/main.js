// An unhandled rejection from deep in an await chain: node prints the async frames under the error, then exits 1.
async function readConfig(name) {
  await null;
  throw new Error(`config ${name} not found`);
}
async function loadSettings() {
  const config = await readConfig('app.json');
  return config.settings;
}
async function start() {
  console.log('starting');
  await loadSettings();
  console.log('never');
}
start();
