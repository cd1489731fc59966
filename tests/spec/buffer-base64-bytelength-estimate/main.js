// Buffer.byteLength for base64 is node's estimate (3/4 of the length after at most two trailing `=`), not the
// decoded length: it can differ from Buffer.from(s, 'base64').length for padding, spaces and odd lengths.
const samples = ['aGVsbG8=====', 'aGk====', ' aGk= ', 'aGVsbG8', 'aGVsbG8=', 'aGVsbG8==', '', '=', 'a', '-_-_', 'aGVs\nbG8='];
for (const s of samples) {
  console.log(JSON.stringify(s).padEnd(16), Buffer.byteLength(s, 'base64'), Buffer.byteLength(s, 'base64url'),
    Buffer.from(s, 'base64').length);
}
const encoded = Buffer.from('Looplab shows the event loop').toString('base64');
console.log(encoded, Buffer.byteLength(encoded, 'base64'), Buffer.from(encoded, 'base64').toString());
