function config() {
  return {
    server: { retries = 3 },
  };
}
module.exports = config;
