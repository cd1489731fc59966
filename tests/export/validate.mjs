//! Validates `looplab export` output: speedscope files against the JSON schema the `speedscope` npm package
//! ships (dist/release/file-format-schema.json, with ajv), Chrome Trace Event files against the rules of the
//! format's spec that Perfetto/chrome://tracing rely on, and .cpuprofile files against what DevTools' loader needs.
//
// Usage: node tests/export/validate.mjs LOOPLAB_BINARY SCENARIO_MAIN_JS...   (prints `N passed, N failed`)
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, basename, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const Ajv = require('ajv');
const schema = JSON.parse(readFileSync(require.resolve('speedscope/dist/release/file-format-schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
const validSpeedscope = ajv.compile(schema);

const [looplabArg, ...scenarios] = process.argv.slice(2);
const looplab = looplabArg && resolve(looplabArg);
if (!looplab || scenarios.length === 0) {
  console.error('usage: node tests/export/validate.mjs LOOPLAB SCENARIO/main.js...');
  process.exit(2);
}
const tmp = mkdtempSync(join(tmpdir(), 'looplab-export-'));
let passed = 0;
let failed = 0;
function check(name, problems) {
  if (problems.length === 0) { passed++; return; }
  failed++;
  console.log(`FAIL ${name}:\n  ${problems.slice(0, 8).join('\n  ')}`);
}

function chromeProblems(doc) {
  const p = [];
  if (!Array.isArray(doc.traceEvents)) return ['traceEvents is not an array'];
  const open = new Map();
  for (const e of doc.traceEvents) {
    if (typeof e.ph !== 'string' || typeof e.name !== 'string') p.push(`event without ph/name: ${JSON.stringify(e)}`);
    if (!Number.isInteger(e.pid) || !Number.isInteger(e.tid)) p.push(`pid/tid not integers: ${JSON.stringify(e)}`);
    if (e.ph !== 'M' && !(typeof e.ts === 'number' && e.ts >= 0)) p.push(`bad ts: ${JSON.stringify(e)}`);
    if (e.ph === 'X' && !(typeof e.dur === 'number' && e.dur >= 0)) p.push(`X without dur: ${JSON.stringify(e)}`);
    if (e.ph === 'C' && (typeof e.args !== 'object' || Object.values(e.args).some((v) => typeof v !== 'number'))) {
      p.push(`counter with non-numeric args: ${JSON.stringify(e)}`);
    }
    if (e.ph === 'X') {
      // Complete events on one thread must nest (Perfetto drops overlapping slices).
      const list = open.get(e.tid) || [];
      // (1e-6 µs of slack: ts and dur are decimal fractions of a µs, their float sum may round up.)
      while (list.length && list[list.length - 1] <= e.ts + 1e-6) list.pop();
      if (list.length && e.ts + e.dur > list[list.length - 1] + 1e-6) p.push(`overlapping slice on tid ${e.tid}: ${JSON.stringify(e)}`);
      list.push(e.ts + e.dur);
      open.set(e.tid, list);
    }
  }
  return p;
}

function cpuprofileProblems(doc) {
  const p = [];
  const ids = new Set();
  for (const n of doc.nodes || []) {
    if (ids.has(n.id)) p.push(`duplicate node id ${n.id}`);
    ids.add(n.id);
    if (!n.callFrame || typeof n.callFrame.functionName !== 'string' || typeof n.callFrame.url !== 'string') p.push(`bad callFrame in node ${n.id}`);
  }
  for (const n of doc.nodes || []) for (const c of n.children || []) if (!ids.has(c)) p.push(`node ${n.id} has unknown child ${c}`);
  if (!Array.isArray(doc.samples) || !Array.isArray(doc.timeDeltas)) p.push('samples/timeDeltas missing');
  else if (doc.samples.length !== doc.timeDeltas.length) p.push('samples and timeDeltas differ in length');
  for (const s of doc.samples || []) if (!ids.has(s)) { p.push(`sample of unknown node ${s}`); break; }
  if (!(doc.endTime >= doc.startTime)) p.push('endTime < startTime');
  return p;
}

// Call spans in the raw trace: every FnExit closes the innermost open call, and a task's end closes what it left
// open (calls suspended by an implicit await or a stop).
function spanProblems(events) {
  const p = [];
  const stack = [];
  for (const e of events) {
    if (e.type === 'taskStarted' && e.queue !== 'threadPool') stack.push({ task: e.task });
    else if (e.type === 'taskFinished' && e.queue !== 'threadPool') {
      const i = stack.findLastIndex((f) => f.task === e.task);
      if (i < 0) p.push(`taskFinished without start: ${JSON.stringify(e)}`);
      else stack.length = i;
    } else if (e.type === 'fnEnter') {
      stack.push({ func: e.func });
    } else if (e.type === 'fnExit') {
      const top = stack[stack.length - 1];
      if (!top || top.func !== e.func) p.push(`fnExit of ${e.func} does not close the innermost call: ${JSON.stringify(top)}`);
      else stack.pop();
    }
  }
  if (!events.some((e) => e.type === 'fnEnter')) p.push('no call spans recorded');
  return p;
}

// Causality arrows: each flow start has one finish, not earlier.
function flowProblems(doc) {
  const starts = new Map();
  const p = [];
  for (const e of doc.traceEvents) {
    if (e.ph === 's') starts.set(e.id, e.ts);
    if (e.ph === 'f') {
      if (!starts.has(e.id)) p.push(`flow finish without start: ${e.id}`);
      else if (e.ts < starts.get(e.id)) p.push(`flow ${e.id} finishes before it starts`);
    }
  }
  return p;
}

for (const main of scenarios) {
  const name = /^main\.m?js$/.test(basename(main)) ? basename(dirname(main)) : basename(main);
  try {
    const raw = execFileSync(looplab, ['trace', basename(main), '--json'], {
      cwd: dirname(main), stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 30,
    });
    check(`${name} call spans`, spanProblems(JSON.parse(raw)));
  } catch (e) {
    if (e.stdout && e.stdout.length) check(`${name} call spans`, spanProblems(JSON.parse(e.stdout)));
    else check(`${name} call spans`, [`looplab trace failed: ${e.message}`]);
  }
  for (const format of ['speedscope', 'chrome', 'cpuprofile']) {
    const out = join(tmp, `${name}.${format}.json`);
    try {
      execFileSync(looplab, ['export', basename(main), '--format', format, '-o', out], { cwd: dirname(main), stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (e) {
      // A run that ends with an error or a limit still exports its trace.
      if (e.status === undefined || !existsSync(out)) { check(`${name} ${format}`, [`looplab export failed: ${e.message}`]); continue; }
    }
    let doc;
    try { doc = JSON.parse(readFileSync(out, 'utf8')); } catch (e) { check(`${name} ${format}`, [`not JSON: ${e.message}`]); continue; }
    if (format === 'speedscope') {
      const ok = validSpeedscope(doc);
      check(`${name} speedscope`, ok ? [] : validSpeedscope.errors.map((x) => `${x.instancePath} ${x.message}`));
    } else if (format === 'chrome') {
      check(`${name} chrome`, chromeProblems(doc).concat(flowProblems(doc)));
    } else {
      check(`${name} cpuprofile`, cpuprofileProblems(doc));
    }
  }
}
rmSync(tmp, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
