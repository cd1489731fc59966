module.exports = class Loaded { run() { return 1; } };
