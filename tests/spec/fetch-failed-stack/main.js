// A fetch to a port nobody listens on: undici's TypeError, its [cause], and the awaiting async frames.
const rel = (s) => s.replaceAll(__dirname, '<dir>');
async function getItems() {
  return fetch('http://localhost:38193/api/items');
}
async function main() {
  try {
    await fetch('http://localhost:38193/api/items');
  } catch (e) {
    console.error('Error fetching items:', e);
  }
  try { await getItems(); } catch (e) { console.log(rel(e.stack)); }
  fetch('http://localhost:38193/').catch((e) => console.log(rel(e.stack)));
  await new Promise((r) => setTimeout(r, 20));
  const res = await fetch('http://localhost:38193/items');
  console.log(res.status);
}
main();
