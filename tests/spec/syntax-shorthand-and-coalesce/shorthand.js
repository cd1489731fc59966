const defaults = { port: 8080 };
const options = { host = "localhost", port: 80 };
module.exports = { defaults, options };
