// A script sees Node's globals, never a browser's: window, document, storage and the worker's own
// messaging are undefined; fetch exists but reaches no real network.
const browser = ['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'importScripts',
  'postMessage', 'self', 'navigator', 'location', 'XMLHttpRequest', 'WebSocket', 'caches', 'Worker', 'alert'];
for (const name of browser) console.log(name, typeof globalThis[name]);
console.log('fetch', typeof fetch, 'WebAssembly', typeof WebAssembly);
try { window.location = 'x'; } catch (e) { console.log(e.name + ': ' + e.message); }

const show = (label, e) => console.log(label, e.name, e.message, e.cause && e.cause.code, e.cause && e.cause.syscall);
(async () => {
  await fetch('not a url').catch((e) => show('bad url:', e));
  await fetch('http://example.invalid/data.json').then(() => console.log('reached a real network'), (e) => show('invalid host:', e));
  await fetch('http://127.0.0.1:45678/').then(() => console.log('reached a real server'), (e) => show('closed port:', e));
  await fetch('http://127.0.0.1:1/').then(() => console.log('reached port 1'), (e) => show('bad port:', e));
  console.log('done');
})();
console.log('sync end');
