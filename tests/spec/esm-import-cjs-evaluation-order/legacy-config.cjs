console.log('2. legacy-config.cjs runs');
module.exports = { port: 8080, name: 'legacy' };
