const saved = module.paths;
module.paths = saved.filter((p) => p.startsWith(__dirname)).map((p) => p.replace(__dirname, '.'));
console.log('while running:', require('util').inspect(module).replaceAll(__dirname, '.'));
module.paths = saved;
module.exports = { answer: 42 };
