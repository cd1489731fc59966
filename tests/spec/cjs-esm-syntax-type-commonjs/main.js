// ES module syntax in a package whose type is commonjs: node's hint, then its SyntaxError.
import os from 'os';
console.log(os.EOL.length);
