// os: only machine-independent facts (types, EOL, constants, endianness on this platform class), never actual values that vary.
const os = require('os');
console.log('EOL', JSON.stringify(os.EOL), 'devNull', os.devNull);
console.log('platform', typeof os.platform(), os.platform() === process.platform);
console.log('type is string', typeof os.type(), 'arch', typeof os.arch(), os.arch() === process.arch);
console.log('endianness', ['LE', 'BE'].includes(os.endianness()));
console.log('cpus array', Array.isArray(os.cpus()), 'totalmem number', typeof os.totalmem(), os.totalmem() > 0, 'freemem', typeof os.freemem());
console.log('homedir/tmpdir strings', typeof os.homedir(), typeof os.tmpdir(), 'hostname', typeof os.hostname());
console.log('uptime number', typeof os.uptime(), 'loadavg length', os.loadavg().length);
console.log('constants', os.constants.signals.SIGINT, os.constants.signals.SIGTERM, os.constants.signals.SIGKILL, os.constants.errno.ENOENT, os.constants.errno.EEXIST);
console.log('priority constants', os.constants.priority.PRIORITY_LOW, os.constants.priority.PRIORITY_HIGHEST);
console.log('networkInterfaces object', typeof os.networkInterfaces());
console.log('availableParallelism', Number.isInteger(os.availableParallelism()) && os.availableParallelism() >= 1);
console.log('userInfo keys', Object.keys(os.userInfo()).sort());
console.log('release/version strings', typeof os.release(), typeof os.version(), 'machine', typeof os.machine());
