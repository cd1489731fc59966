// A profile module loaded with a computed specifier crashes while it evaluates: node's stack ends at the
// module's top-level `await import(...)`.
const name = 'production';
console.log(`loading profile ${name}`);
const profile = await import(`./profiles/${name}.js`);
console.log(profile.default);
