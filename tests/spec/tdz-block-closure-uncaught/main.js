// A closure declared in a block reads the block's `const` before its declaration ran: V8's message, and its
// position at the property read after the name.
const results = [];
{
  const report = () => results.push(settings.level);
  const settings = { level: 'debug' };
  report();
}
console.log(results);
{
  const early = () => config.verbose;
  early();
  const config = { verbose: true };
}
