//! Node's frames for calls inside the bundled readable-stream: locates each call that
//! node-stream-frames.json (made by record-node-frames.mjs from node 20) pairs with node's frame, through
//! esbuild's source map, at the `(` where Boa places a call in the minified bundle.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calls } from './stream-calls.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '..', '..', '..', 'package.json'));
const { TraceMap, generatedPositionFor, originalPositionFor } = require('@jridgewell/trace-mapping');

// `code`: the bundle as esbuild printed it, `mapText` its source map, `lineOffset` the lines the wrapper puts
// before it. Returns { table: { 'line:column': frame }, found, missed } with the bundle's 1-based positions.
export function streamFrameTable(code, mapText, lineOffset) {
  const recorded = JSON.parse(readFileSync(join(here, 'node-stream-frames.json'), 'utf8'));
  const map = new TraceMap(mapText);
  const lines = code.split('\n');
  const table = {};
  let found = 0;
  let missed = 0;
  for (const [file, entries] of Object.entries(recorded.files)) {
    const k = map.sources.findIndex((s) => s && s.endsWith(`readable-stream/lib/${file}`));
    if (k < 0) continue;
    const source = map.sources[k];
    const text = map.sourcesContent[k];
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
    const byKey = new Map(calls(text).map((c) => [`${c.chain}|${c.callee}|${c.index}`, c]));
    for (const [chain, callee, index, total, frame] of entries) {
      const c = byKey.get(`${chain}|${callee}|${index}`);
      // Only a call the package makes as often from that function as node does (else the pairing is a guess).
      if (!c || c.total !== total) continue;
      if (/[()[\]]/.test(callee)) { missed++; continue; }
      let line = 0;
      while (line + 1 < starts.length && starts[line + 1] <= c.start) line++;
      const column = c.start - starts[line];
      const g = generatedPositionFor(map, { source, line: line + 1, column });
      const back = g.line == null ? null : originalPositionFor(map, g);
      if (!back || back.source !== source || back.line !== line + 1 || back.column !== column) { missed++; continue; }
      // The minified callee (same number of `.` parts) up to the argument list's `(`; Boa places `new X`
      // (printed without its empty `()`) at `new`.
      const isNew = callee.startsWith('new ');
      // A call that starts a statement esbuild folded into `return a(...), b()` maps to the `return`.
      const lead = isNew ? null : /^return\s+(?=[\w$])/.exec(lines[g.line - 1].slice(g.column));
      const skip = lead ? lead[0].length : 0;
      const at = lines[g.line - 1].slice(g.column + skip);
      const m = (isNew ? /^new\s*([\w$]+(?:\s*\.\s*[\w$]+)*)/ : /^([\w$]+(?:\s*\.\s*[\w$]+)*)\s*\(/).exec(at);
      const thrown = isNew && /^new\s*\(\s*[\w$]+\.atSite\(/.test(at);
      if (!thrown && (!m || m[1].split('.').length !== callee.replace(/^new /, '').split('.').length)) { missed++; continue; }
      table[`${g.line + lineOffset}:${g.column + skip + (isNew ? 1 : m[0].length)}`] = frame;
      found++;
    }
  }
  return { table, found, missed };
}
