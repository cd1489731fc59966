//! Records where node 20's own stream code makes its calls, for the frames node prints of it: run with real node
//! 20 (`node crates/runtime/js-vendor/record-node-frames.mjs`), it writes js-vendor/node-stream-frames.json.
//
// readable-stream 4.8 (the package Looplab bundles) is node 18.19's lib/internal/streams. A stack through it
// should show node 20's frames (`at writeOrBuffer (node:internal/streams/writable:572:12)`). This script reads
// node's internal sources from the running node (`process.binding('natives')`) and the package's from
// parses them with acorn and records every call each function makes: its enclosing function (by its chain of
// names), callee, occurrence and the callee's number of calls there, with node's frame: the name V8 shows and
// the call's position as V8 reports it (a member call at its property, a plain call at its callee, `new` at its
// keyword). js-vendor/build.mjs pairs them with the same calls in the package (same file, function chain,
// callee and occurrence, made as often) and finds those in the bundle through esbuild's source map.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
import { calls } from './stream-calls.mjs';

if (!process.version.startsWith('v20.')) {
  console.error(`record-node-frames: run this with node 20 (this is ${process.version})`);
  process.exit(2);
}
const natives = process.binding('natives');
const FILES = ['readable', 'writable', 'transform', 'destroy', 'end-of-stream', 'pipeline', 'from', 'operators',
  'duplex', 'passthrough', 'compose', 'state', 'add-abort-signal', 'duplexify', 'legacy', 'utils'];

const lineCol = (src, at) => {
  const before = src.slice(0, at);
  const line = before.split('\n').length;
  return [line, at - before.lastIndexOf('\n')];
};

const result = {};
let recorded = 0;
for (const f of FILES) {
  const nodeSrc = natives[`internal/streams/${f}`];
  if (typeof nodeSrc !== 'string') throw new Error(`record-node-frames: node has no internal/streams/${f}`);
  const entries = [];
  for (const n of calls(nodeSrc)) {
    if (n.callee === 'debug') continue;
    const [line, col] = lineCol(nodeSrc, n.at);
    const where = `node:internal/streams/${f}:${line}:${col}`;
    // A state object's constructor is only ever called with `new`: V8 shows `new ReadableState`.
    const name = /^[A-Z]\w*State$/.test(n.fnName) ? `new ${n.fnName}` : n.fnName;
    entries.push([n.chain, n.callee, n.index, n.total, name ? `${name} (${where})` : where]);
    recorded++;
  }
  result[`internal/streams/${f}.js`] = entries;
}
const out = join(here, 'node-stream-frames.json');
writeFileSync(out, `${JSON.stringify({ node: process.version, files: result }, null, 0).replace(/\],\[/g, '],\n[')}\n`);
console.log(`record-node-frames: ${recorded} calls recorded, written to ${out}`);
