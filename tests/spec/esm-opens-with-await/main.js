await new Promise((resolve) => setTimeout(resolve, 1));
// An ES module whose first statement is a top-level await (nothing above it, not even this comment).
console.log('after the first await');
async function fail() { await null; throw new Error('late'); }
await fail().catch((e) => console.log(e.stack.split('\n').slice(0, 3).join('\n').split(process.cwd()).join('<dir>')));
process.exitCode = 2;
