// An ES module import without the file extension: node cannot find './helper' and suggests the file
// CommonJS would have loaded ("Did you mean to import "./helper.js"?"), rethrown from run_main.
import { greet } from './helper';

console.log(greet('ada'));
