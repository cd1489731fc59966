const env = undefined;
module.exports = { port: env.PORT || 3000 };
