console.log('legacy.cjs evaluated'); module.exports = { legacy: true };
