var notGlobal = 'module scoped var';
implicitGlobal = 'sloppy-mode implicit global';
module.exports = typeof notGlobal;
