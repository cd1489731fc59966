'use strict';
// Writes to a frozen config object in strict code, in a file that also has a getter of the same name elsewhere.
const config = Object.freeze({ port: 8080, host: 'localhost' });
const status = { get port() { return 1; } };
try { config.port = 9090; } catch (e) { console.log(e.message); }
try { config.debug = true; } catch (e) { console.log(e.message); }
try { status.port = 2; } catch (e) { console.log(e.message); }
const limits = Object.seal({ max: 10 });
limits.max = 20;
try { limits.min = 1; } catch (e) { console.log(e.message); }
console.log(config, limits);
config.host = '0.0.0.0';
