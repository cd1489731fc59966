//! Virtual HTTP clients from the scenario's `config.network.clients`: each group opens `connections`
//! connections to the script's server and sends `requests` requests on each (keep-alive or a new connection per
//! request), optionally slowly (slowloris-style head bytes, slow readers) or malformed (`raw`). They use the
//! virtual network like any socket, so their connections and the server's requests appear in the trace (the
//! network panel's latency percentiles); they print nothing. Node has no such clients: scenarios using them
//! are Looplab lessons, not node-parity tests.
(function (internal) {
  'use strict';
  const net = internal.modules.net;
  const Buffer = internal.Buffer;
  const { Parser } = internal.httpCommon;
  const host = internal.host;
  const TRACING = host.tracing();
  let nextId = 1;

  function start(groups) {
    for (const g of groups) {
      const group = Object.assign({
        name: 'clients', port: 3000, method: 'GET', path: '/', connections: 1, requests: 1, bodyBytes: 0,
        keepAlive: true, thinkMs: 0, readBytesPerSec: 0, headerByteMs: 0, raw: null,
      }, g);
      for (let c = 0; c < Math.max(0, group.connections | 0); c++) connection(group);
    }
  }

  function requestBytes(g) {
    if (typeof g.raw === 'string') return Buffer.from(g.raw, 'latin1');
    const body = g.bodyBytes > 0 ? Buffer.alloc(g.bodyBytes, 'x') : null;
    let head = `${g.method} ${g.path} HTTP/1.1\r\nHost: localhost:${g.port}\r\nUser-Agent: looplab-virtual-client (${g.name})\r\n`;
    head += g.keepAlive ? 'Connection: keep-alive\r\n' : 'Connection: close\r\n';
    if (body) head += `Content-Length: ${body.length}\r\n`;
    head += '\r\n';
    return body ? Buffer.concat([Buffer.from(head, 'latin1'), body]) : Buffer.from(head, 'latin1');
  }

  /** One client connection: sends its requests one after another. */
  function connection(g) {
    let left = Math.max(0, g.requests | 0);
    let socket = null;
    function open(then) {
      socket = net.connect({ port: g.port, host: '127.0.0.1' });
      socket.on('error', function virtualClientError() { left = 0; });
      socket.on('connect', then);
    }
    function send() {
      if (left <= 0) {
        if (socket && !socket.destroyed) socket.end();
        return;
      }
      left--;
      const bytes = requestBytes(g);
      let done = false;
      let status = 0;
      const id = nextId++;
      const sockId = socket._traceId || 0;
      if (TRACING) host.netTrace('request', id, sockId, g.method, g.path, 0, false, true);
      const parser = new Parser('response', {
        onBody() {},
        onHeaders(info) {
          status = info.statusCode;
          return g.method === 'HEAD';
        },
        onComplete() {
          if (done) return;
          done = true;
          if (TRACING) host.netTrace('request', id, sockId, g.method, g.path, status, true, true);
          socket.removeListener('data', onData);
          socket.removeListener('end', onEnd);
          next();
        },
        onError() { left = 0; socket.destroy(); },
      });
      function onData(d) {
        if (g.readBytesPerSec > 0) {
          // A slow reader: stop reading for as long as this many bytes take at the configured rate.
          socket.pause();
          setTimeout(function slowReader() { socket.resume(); }, Math.ceil((d.length * 1000) / g.readBytesPerSec));
        }
        parser.execute(d);
      }
      function onEnd() {
        parser.finish();
        if (!done) { done = true; left = 0; }
        socket.end();
      }
      socket.on('data', onData);
      socket.on('end', onEnd);
      if (g.headerByteMs > 0) {
        let i = 0;
        (function drip() {
          if (socket.destroyed || i >= bytes.length) return;
          socket.write(bytes.subarray(i, i + 1));
          i++;
          setTimeout(drip, g.headerByteMs);
        })();
      } else {
        socket.write(bytes);
      }
    }
    function next() {
      const go = () => {
        if (!g.keepAlive) {
          socket.end();
          if (left > 0) open(send);
        } else {
          send();
        }
      };
      if (g.thinkMs > 0) setTimeout(go, g.thinkMs);
      else go();
    }
    setTimeout(function virtualClientStart() { open(send); }, g.startMs || 0);
  }

  internal.startVirtualClients = start;
})
