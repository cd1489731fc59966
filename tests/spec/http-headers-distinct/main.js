// req.headersDistinct / trailersDistinct: every value of each header as an array, made at the first read.
const http = require('http');
const server = http.createServer((req, res) => {
  const d = req.headersDistinct;
  delete d.host;
  console.log(d);
  console.log(Object.getPrototypeOf(d), req.headersDistinct === d, req.headersDistinct['x-multi']);
  const early = req.trailersDistinct;
  req.on('end', () => {
    console.log('early trailers', early, req.trailersDistinct === early);
    console.log('trailers', req.trailers, req.rawTrailers);
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.setHeader('X-Single', 'one');
    res.end('ok');
  });
  req.resume();
});
server.listen(0, () => {
  const req = http.request({
    port: server.address().port, method: 'POST', agent: false,
    headers: { 'X-Multi': ['1', '2', '3'], 'Trailer': 'X-Checksum', 'Transfer-Encoding': 'chunked' },
  });
  req.addTrailers({ 'X-Checksum': 'abc' });
  req.end('body');
  req.on('response', (res) => {
    const d = res.headersDistinct;
    console.log(d['set-cookie'], d['x-single'], d['content-length'], Object.keys(d).filter((k) => k !== 'date'));
    const desc = Object.getOwnPropertyDescriptor(http.IncomingMessage.prototype, 'headersDistinct');
    console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);
    res.resume();
    res.on('end', () => server.close(() => console.log('closed')));
  });
});
