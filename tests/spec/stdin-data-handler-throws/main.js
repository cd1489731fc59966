// A 'data' listener on process.stdin (a file on fd 0) that throws: node's stack ends in the read's
// completion, `FSReqCallback.wrapper [as oncomplete]`.
process.stdin.setEncoding('utf8');
let buffered = '';
process.stdin.on('data', (chunk) => {
  buffered += chunk;
  const records = buffered.split('\n');
  buffered = records.pop();
  for (const rec of records) {
    const [key, val] = rec.split(':');
    if (val === undefined) throw Object.assign(new Error(`Malformed record: ${rec}`), { code: 'E_MALFORMED' });
    console.log(key.trim(), '->', val.trim());
  }
});
process.stdin.on('end', () => console.log('end reached'));
