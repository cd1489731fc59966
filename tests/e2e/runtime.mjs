// Looplab browser e2e tests for the runtime inside the web worker: spec scenarios whose features load lazily
// (Intl with its locale data, V8's legacy Date parser, MessageChannel) run in the playground and print what real
// node printed (the scenario's expected.stdout, recorded by tests/record.sh).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, firstDiff, openApp, shareFragment, stdoutText, waitDone } from './helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const spec = path.resolve(here, '..', 'spec');

/** A spec scenario as a share document: every .js file of its folder, main.js the entry. */
function scenarioDoc(name) {
  const dir = path.join(spec, name);
  const files = {};
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.js'))) files[`/${f}`] = fs.readFileSync(path.join(dir, f), 'utf8');
  return { v: 1, files, entry: '/main.js', ui: { panels: ['console'] } };
}

const SCENARIOS = ['intl-number-format', 'intl-collation', 'date-parse-legacy-formats', 'message-channel-delivery'];

export const tests = [
  {
    name: 'worker_runs_intl_date_parse_and_message_channel_like_node',
    timeout: 180_000,
    fn: async ({ page, url }) => {
      for (const name of SCENARIOS) {
        const expected = fs.readFileSync(path.join(spec, name, 'expected.stdout'), 'utf8');
        await openApp(page, url, { hash: shareFragment(scenarioDoc(name)) });
        await waitDone(page, 0, 60_000);
        const out = await stdoutText(page);
        console.log(`  ${name}: ${out.split('\n').length - 1} lines`);
        assert(out === expected, `${name} in the browser differs from node: ${firstDiff(out, expected)}`);
      }
    },
  },
];
