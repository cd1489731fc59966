// A JSON module that does not parse: node's message is JSON.parse's, with the file's path in front.
try {
  await import('./bad.json', { with: { type: 'json' } });
} catch (e) {
  console.log(e.name);
  console.log(e.message.replace(process.cwd(), '<dir>'));
}
