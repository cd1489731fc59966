// A CLI script's option parsing: node's parse_args frames and header for each mistake, then an uncaught one.
const { parseArgs } = require('util');
const options = { port: { type: 'string', short: 'p' }, verbose: { type: 'boolean', short: 'v' } };
const tryArgs = (args, extra) => {
  try {
    console.log(parseArgs({ args, options, ...extra }).values);
  } catch (e) {
    console.log(e.code, '|', e.message.split('\n')[0]);
    console.log(e.stack.split('\n').slice(1, 6).join('\n').replaceAll(__dirname, '.'));
  }
};
tryArgs(['--port', '8080', '-v']);
tryArgs(['--port']);
tryArgs(['--verbose=yes']);
tryArgs(['build']);
tryArgs(['--port', '-v']);
tryArgs(['--no-port'], { allowNegative: true });
parseArgs({ args: ['--port', '80', '--debug'], options });
