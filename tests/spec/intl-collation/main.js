// String#localeCompare and Intl.Collator (ICU root collation) against node: sort orders, sensitivities, options.
const words = ['apple', 'Apple', 'APPLE', 'äpple', 'Äpple', 'banana', 'Banana', 'band', 'bandana', 'résumé', 'resume', 'Resume', 'résume', 'cote', 'côte', 'coté', 'côté',
  'a', 'A', 'á', 'à', 'â', 'ä', 'ã', 'å', 'æ', 'ae', 'Æ', 'z', 'Z', 'ß', 'ss', 'SS', 'ø', 'o', 'œ', 'oe', 'ñ', 'n', 'N', 'Ñ',
  'file10', 'file2', 'file1', 'File1', 'file01', 'file-1', 'file_1', 'file 1', 'file.1', '10', '9', '1', '01', '001',
  '_x', '-x', ' x', '!x', '@x', '#x', '$x', '%x', '&x', '*x', '+x', '=x', '<x', '>x', '?x', '/x', '\\x', '|x', '~x', '^x', '`x', '"x', "'x", '(x', ')x', '[x', ']x', '{x', '}x', ',x', '.x', ':x', ';x',
  'Ω', 'ω', 'α', 'Α', 'β', 'я', 'Я', 'а', 'б', '日本', '中文', '한국', 'emoji😀', 'x\u0301', 'ć', 'č', 'c', 'C', 'Ç', 'ç', 'ł', 'l', 'đ', 'd', 'Đ', 'þ', 'th', 'ð', '', ' ', 'a b', 'ab', 'a-b', 'a_b', 'aB', 'Ab', 'AB', 'ab1', 'ab10', 'ab9'];
console.log(words.slice().sort((a, b) => a.localeCompare(b)).join('|'));
console.log(words.slice().sort(new Intl.Collator(undefined, { numeric: true }).compare).join('|'));
console.log(words.slice().sort(new Intl.Collator('en', { sensitivity: 'base' }).compare).join('|'));
const pairs = [['a', 'b'], ['a', 'A'], ['a', 'á'], ['résumé', 'RESUME'], ['ß', 'ss'], ['æ', 'ae'], ['file10', 'file9'], ['', 'a'], ['a', 'a\u0000'], ['ﬁ', 'fi'], ['Å', 'Å']];
for (const s of ['base', 'accent', 'case', 'variant']) {
  const c = new Intl.Collator('en', { sensitivity: s });
  console.log(s, pairs.map(([x, y]) => c.compare(x, y)).join(' '));
}
console.log(pairs.map(([x, y]) => x.localeCompare(y, 'en', { numeric: true })).join(' '));
console.log(pairs.map(([x, y]) => x.localeCompare(y, undefined, { caseFirst: 'upper' })).join(' '));
console.log(['b', 'a', 'C', 'c', 'B', 'A'].sort(new Intl.Collator('en', { caseFirst: 'upper' }).compare).join(''));
console.log(['a.b', 'ab', 'a b', 'a-c'].sort(new Intl.Collator('en', { ignorePunctuation: true }).compare).join('|'));
console.log(new Intl.Collator().resolvedOptions(), new Intl.Collator('de-DE', {numeric: true}).resolvedOptions().locale);
try {
  console.log(typeof Intl.Collator.prototype.compare === 'undefined');
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
const fuzz = require('./fuzz');
fuzz(12345, "aAbBcCeEéÉèêëzZ0123456789 -_.,!?@#$%&*()[]/\\'\"ñÑçÇßæøåäöüÄÖÜœłđþðαβΩжЖ中日한ﬁ²½€£¥");
fuzz(987, "aAáÁàÀâÂäÄãåÅbBcCçdDeEéÉiIíïİıoOóöőuUúüűyYýÿzZžŽšŠčČřŘ0123456789 \t-_.,:;!?¿¡@#$%^&*+=<>|~`()[]{}/\\'\"«»“”‘’–—…•·αάΑβγδεέΩωώжЖёЁйЙщЩ的一是ㄱ가あア");
