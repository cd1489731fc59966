// An ES module importing a CommonJS file that throws while it loads: node's CommonJS loader frames, then its
// ESM translator's (cjsLoader) and the module job's.
import config from './config.cjs';
console.log(config);
