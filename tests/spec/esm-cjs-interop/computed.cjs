const key = 'comp' + 'uted'; module.exports[key] = 42;
