// RegExp#source and String(regexp) escape a bare `/` only outside character classes, as V8 does.
const cases = [/a\/b/, /[/]/, new RegExp('a/b'), new RegExp('x/y', 'g'), new RegExp(''), /\\\//, /[a/]\/[/b]/i,
  new RegExp('\\/'), /https?:\/\/[^/]+\//];
for (const re of cases) console.log(re.source, String(re), re);
console.log(new RegExp(/a\/b/.source).test('a/b'), /a\/b/.source === new RegExp('a/b').source);
console.log(Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get.name, RegExp.prototype.source);
