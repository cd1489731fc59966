// Where the engine worker's wasm goes: code bytes per crate (from the name section) and the data segment's
// share, for a wasm that still has names (cargo's output before wasm-bindgen / wasm-opt).
// Usage: cargo build -p looplab-worker --target wasm32-unknown-unknown --profile web &&
//        node bench/wasm-breakdown.mjs target/wasm32-unknown-unknown/web/looplab-worker.wasm
import fs from 'node:fs';
import zlib from 'node:zlib';

const file = process.argv[2] || 'target/wasm32-unknown-unknown/web/looplab-worker.wasm';
const b = fs.readFileSync(file);
let i = 8;
const leb = () => { let r = 0, s = 0, x; do { x = b[i++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80); return r; };
const str = () => { const n = leb(); const t = b.subarray(i, i + n).toString('utf8'); i += n; return t; };
let imports = 0; const bodies = []; const names = new Map(); let data = Buffer.alloc(0); let codeSection = Buffer.alloc(0);
while (i < b.length) {
  const id = b[i++]; const size = leb(); const end = i + size;
  if (id === 2) {
    for (let n = leb(); n > 0; n--) {
      str(); str(); const kind = b[i++];
      if (kind === 0) { leb(); imports++; } else if (kind === 1) { i++; const f = b[i++]; leb(); if (f & 1) leb(); }
      else if (kind === 2) { const f = b[i++]; leb(); if (f & 1) leb(); } else if (kind === 3) { i += 2; }
    }
  } else if (id === 10) {
    codeSection = b.subarray(i, end);
    for (let n = leb(); n > 0; n--) { const start = i; const len = leb(); bodies.push(len + (i - start)); i += len; }
  } else if (id === 11) {
    data = b.subarray(i, end);
  } else if (id === 0 && str() === 'name') {
    while (i < end) {
      const sub = b[i++]; const len = leb(); const subEnd = i + len;
      if (sub === 1) for (let n = leb(); n > 0; n--) { const idx = leb(); names.set(idx, str()); }
      i = subEnd;
    }
  }
  i = end;
}
const crateOf = (name) => {
  const legacy = /^_ZN(\d+)/.exec(name);
  if (legacy) {
    const head = name.slice(legacy[0].length, legacy[0].length + Number(legacy[1]));
    const impl = /^_\$LT\$([a-z_][a-z0-9_]*)\.\./.exec(head);
    return impl ? impl[1] : head;
  }
  const path = /([a-z_][a-z0-9_]*)::/.exec(name);
  return path ? path[1] : '(other)';
};
const byCrate = new Map();
bodies.forEach((size, k) => { const c = crateOf(names.get(imports + k) || ''); byCrate.set(c, (byCrate.get(c) || 0) + size); });
const code = bodies.reduce((a, x) => a + x, 0);
const br = (buf) => zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1024).toFixed(0).padStart(6) + ' KiB';
console.log(`${file}: code ${kb(code)} in ${bodies.length} functions (${kb(br(codeSection))} brotli), data segment ${kb(data.length)} (${kb(br(data))} brotli)`);
console.log('code by crate (raw, before wasm-opt):');
const boa = [...byCrate].filter(([c]) => c.startsWith('boa_') || c === 'regress').reduce((a, [, s]) => a + s, 0);
for (const [c, s] of [...byCrate].sort((x, y) => y[1] - x[1]).slice(0, 20)) console.log(`${kb(s)}  ${(100 * s / code).toFixed(1).padStart(5)}%  ${c}`);
console.log(`${kb(boa)}  ${(100 * boa / code).toFixed(1).padStart(5)}%  Boa (boa_* crates and regress) together`);
