// An unhandled rejection whose error's stack was read before (logged, or read by node's stream code as it
// destroys a stream): V8 has no frames left to place it by, so node shows its own rethrow line.
const { Readable } = require('stream');

async function consume() {
  const source = new Readable({
    read() {
      this.destroy(new Error('disk read failed'));
    },
  });
  for await (const chunk of source) console.log('chunk', chunk);
}
consume();
