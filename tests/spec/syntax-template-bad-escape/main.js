// A Windows path in a template literal: `\u` starts a Unicode escape, so the whole file fails to parse, with
// V8's message and the escape marked.
const user = 'ada';
const ok = `C:\\Users\\${user}`;
console.log(ok);
console.log(`profile: C:\users\${user}\documents`);
