// Tiny dependency-free static file server for the Looplab e2e tests: serve(dir, port) -> {url, close}; also a CLI.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Serves the files of `dir` on 127.0.0.1:`port` (0 = any free port). Resolves to {url, close}. */
export function serve(dir, port = 0) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const notFound = () => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('404 not found\n');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { 'content-type': 'text/plain; charset=utf-8', allow: 'GET, HEAD' });
      res.end('405 method not allowed\n');
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      return notFound();
    }
    if (pathname.includes('\0')) return notFound();
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.resolve(root, '.' + path.posix.normalize('/' + pathname));
    // Never serve outside root (also guards against symlinks pointing out of it).
    if (file !== root && !file.startsWith(root + path.sep)) return notFound();
    fs.realpath(file, (err, real) => {
      if (err) return notFound();
      const realRoot = fs.realpathSync(root);
      if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return notFound();
      fs.stat(real, (err2, st) => {
        if (err2 || !st.isFile()) return notFound();
        const type = MIME[path.extname(real).toLowerCase()] || 'application/octet-stream';
        // Cacheable but always revalidated: rebuilt files are picked up at once, and unchanged ones (the 9 MB
        // worker wasm) come from the browser cache, as on a real host (Chromium only reuses compiled wasm then).
        const etag = `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
        const headers = { 'content-type': type, 'cache-control': 'no-cache', etag, 'last-modified': st.mtime.toUTCString() };
        if (req.headers['if-none-match'] === etag) {
          res.writeHead(304, headers);
          return res.end();
        }
        res.writeHead(200, { ...headers, 'content-length': st.size });
        if (req.method === 'HEAD') return res.end();
        fs.createReadStream(real).on('error', () => res.destroy()).pipe(res);
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address();
      resolve({
        url: `http://127.0.0.1:${p}/`,
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
      });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || 'target/web-dist';
  const port = Number(process.argv[3] || 0);
  serve(dir, port).then(({ url }) => console.log(url), (e) => { console.error(e.message); process.exit(1); });
}
