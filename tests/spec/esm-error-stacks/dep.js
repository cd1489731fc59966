// A dependency whose function throws an engine error.
export function readPort(config) {
  return config.server.port;
}
console.log('dep evaluated');
