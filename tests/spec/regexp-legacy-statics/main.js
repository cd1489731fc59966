// RegExp's legacy statics (RegExp.$1, lastMatch, leftContext...) follow the last successful match, as V8 keeps them.
if (/(\d+)px/.test('width: 100px')) console.log(RegExp.$1, RegExp.lastMatch, JSON.stringify(RegExp.leftContext), JSON.stringify(RegExp.rightContext), RegExp.input);
'2024-01-15'.replace(/(\d+)-(\d+)-(\d+)/, '$3/$2/$1');
console.log(RegExp.$1, RegExp.$2, RegExp.$3, JSON.stringify(RegExp.$4), RegExp['$&'], RegExp.lastParen, RegExp['$+']);
'abc'.match(/z/);
console.log(RegExp.$1, RegExp.lastMatch);
const m = /(a)(b)?/.exec('xab');
console.log(RegExp.$1, RegExp.$2, RegExp['$`'], RegExp["$'"], RegExp.$_);
console.log(Object.getOwnPropertyNames(RegExp).filter((k) => k.startsWith('$')).sort().join(' '));
console.log(typeof Object.getOwnPropertyDescriptor(RegExp, '$1').get);
