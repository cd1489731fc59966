async function sha256(msg) {
  const bytes = new TextEncoder().encode(msg);
  const hash = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(hash)).map(b => b.toString(16).padStart(2, '0')).join('');
}
sha256('abc').then(console.log);
crypto.subtle.digest('SHA-512', new Uint8Array(0)).then(b => console.log(b.byteLength));
