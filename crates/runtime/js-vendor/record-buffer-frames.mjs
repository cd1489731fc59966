//! Records the frames and header node 20 prints for a Buffer `write*`/`read*`/`compare`/`equals`/`copy` call
//! that fails its checks: run with real node 20 (`node crates/runtime/js-vendor/record-buffer-frames.mjs`), it
//! writes js-vendor/node-buffer-frames.json.
//
// node's checks live in lib/internal/buffer.js (`checkInt`, `checkBounds`, `boundsError`, `writeU_Int16BE`...),
// so an uncaught `buf.writeUInt16BE(70000)` shows `at checkInt (node:internal/buffer:74:11)`,
// `at writeU_Int16BE (...)`, `at Buffer.writeUInt16BE (...)` and a `node:internal/buffer:74` header. The package
// Looplab bundles checks the same things elsewhere. For each write method (every byte width of the variable
// ones) and each way its arguments can fail, this runs the call in a child node, uncaught, and keeps the frames
// above the caller and the header; node-buffer.js puts them on Looplab's error of the same kind.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
if (!process.version.startsWith('v20.')) {
  console.error(`record-buffer-frames: run this with node 20 (this is ${process.version})`);
  process.exit(2);
}

// The kind of a failed check, from the error (node-buffer.js classifies Looplab's errors the same way).
function classify(e) {
  const m = String(e && e.message);
  if (e.code === 'ERR_BUFFER_OUT_OF_BOUNDS') return 'oob';
  if (e.code === 'ERR_INVALID_ARG_TYPE') return 'type';
  if (e.code === 'ERR_OUT_OF_RANGE') {
    if (m.startsWith('The value of "value"')) return 'value';
    if (m.startsWith('The value of "byteLength"')) return 'byteLength';
    if (m.includes('an integer')) return 'integer';
    return 'offset';
  }
  if (e instanceof TypeError && /BigInt/.test(m)) return 'bigint';
  return null;
}

const FIXED = ['UInt8', 'Int8', 'UInt16LE', 'UInt16BE', 'Int16LE', 'Int16BE', 'UInt32LE', 'UInt32BE', 'Int32LE',
  'Int32BE'];
const FLOAT = ['FloatLE', 'FloatBE', 'DoubleLE', 'DoubleBE'];
const BIG = ['BigInt64LE', 'BigInt64BE', 'BigUInt64LE', 'BigUInt64BE'];
const VAR = ['UIntLE', 'UIntBE', 'IntLE', 'IntBE'];
// [method, byteLength or '', call text on a Buffer `b`].
const cases = [];
for (const t of FIXED) {
  const m = `write${t}`;
  cases.push([m, '', `b.${m}(1e10, 0)`], [m, '', `Buffer.alloc(0).${m}(0, 0)`], [m, '', `b.${m}(0, 20)`],
    [m, '', `b.${m}(0, 1.5)`], [m, '', `b.${m}(0, '1')`]);
}
for (const t of FLOAT) {
  const m = `write${t}`;
  cases.push([m, '', `Buffer.alloc(0).${m}(0, 0)`], [m, '', `b.${m}(0, 20)`], [m, '', `b.${m}(0, 1.5)`],
    [m, '', `b.${m}(0, '1')`]);
}
for (const t of BIG) {
  const m = `write${t}`;
  cases.push([m, '', `b.${m}(2n ** 70n, 0)`], [m, '', `Buffer.alloc(0).${m}(0n, 0)`], [m, '', `b.${m}(0n, 20)`],
    [m, '', `b.${m}(0n, 1.5)`], [m, '', `b.${m}(0n, '1')`], [m, '', `b.${m}(1, 0)`]);
}
for (const t of VAR) {
  const m = `write${t}`;
  for (let w = 1; w <= 6; w++) {
    cases.push([m, w, `b.${m}(2 ** 50, 0, ${w})`], [m, w, `Buffer.alloc(0).${m}(0, 0, ${w})`],
      [m, w, `b.${m}(0, 20, ${w})`], [m, w, `b.${m}(0, 1.5, ${w})`], [m, w, `b.${m}(0, '1', ${w})`]);
  }
  cases.push([m, 7, `b.${m}(0, 0, 7)`], [m, 0, `b.${m}(0, 0, 0)`]);
}
// Reads: [method, byteLength or '', call]; fixed widths, floats, BigInts, then the variable widths.
for (const t of [...FIXED, ...FLOAT, ...BIG]) {
  const m = `read${t}`;
  cases.push([m, '', `b.${m}(20)`], [m, '', `Buffer.alloc(0).${m}()`], [m, '', `b.${m}(1.5)`], [m, '', `b.${m}('1')`]);
}
for (const t of VAR) {
  const m = `read${t}`;
  for (let w = 1; w <= 6; w++) {
    cases.push([m, w, `b.${m}(20, ${w})`], [m, w, `b.${m}(1.5, ${w})`], [m, w, `b.${m}('1', ${w})`],
      [m, w, `Buffer.alloc(0).${m}(0, ${w})`]);
  }
  cases.push([m, 7, `b.${m}(0, 7)`], [m, 0, `b.${m}(0, 0)`], [m, '', `b.${m}()`]);
}
// Methods whose first argument must be a buffer.
for (const m of ['compare', 'equals', 'copy']) cases.push([m, '', `b.${m}('x')`]);

const out = {};
for (const [method, width, call] of cases) {
  const b = Buffer.alloc(8);
  let kind = null;
  try {
    // eslint-disable-next-line no-new-func
    new Function('b', 'Buffer', call)(b, Buffer);
  } catch (e) {
    kind = classify(e);
  }
  if (kind === null) continue;
  const key = `${method}|${kind}|${width}`;
  if (out[key]) continue;
  const child = spawnSync(process.execPath, ['-e', `const b = Buffer.alloc(8);\n${call};`], { encoding: 'utf8' });
  const lines = child.stderr.split('\n');
  const blank = lines.indexOf('');
  const header = `${lines.slice(0, blank).join('\n')}\n`;
  const frames = [];
  for (const l of lines.slice(blank + 1)) {
    if (!l.startsWith('    at ')) continue;
    if (!/\(node:|^ {4}at node:/.test(l)) break;
    frames.push(l.slice(7));
  }
  // Only node's own throws: an error raised in the caller's line has no node frame.
  if (!header.startsWith('node:') || frames.length === 0) continue;
  out[key] = { header, frames };
}
const file = join(here, 'node-buffer-frames.json');
// One failure per line: reviewable in a diff, small in the bundle.
const body = Object.entries(out).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',\n');
writeFileSync(file, `{\n${body}\n}\n`);
console.log(`record-buffer-frames: ${Object.keys(out).length} failures recorded in ${file}`);
