// Counting the bytes of a log file with a top-level `for await` over a read stream: the file is missing, so
// the stream's ENOENT rejects the loop and node crashes with its run_main header.
import fs from 'node:fs';
console.log('counting');
let bytes = 0;
for await (const chunk of fs.createReadStream('access.log')) bytes += chunk.length;
console.log('bytes', bytes);
