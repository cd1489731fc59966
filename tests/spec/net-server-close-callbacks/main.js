// server.close callbacks: node's emitCloseNT tick, ERR_SERVER_NOT_RUNNING made in Server.close, and a callback that throws.
const net = require('net');
const s = net.createServer();
s.listen(0, () => {
  s.close(() => {
    console.log('closed once');
    s.close((err) => {
      console.log(err.code, err.stack.split('\n').slice(0, 6).join('\n'));
      setTimeout(() => s.close(() => { throw new Error('in close cb'); }), 1);
    });
  });
});
