// A static import of a missing file after other imports: node's resolver frames end in ModuleJob._link
// (Looplab took any import past the file's first line for a dynamic import()).
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from './config.js';

console.log(fs, path, loadConfig);
