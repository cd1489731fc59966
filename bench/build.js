// Build: a 0.9 MB CSV of 50k rows built with `+=`, a 1.2 MB text built with `s = s + ... + "\n"`, and a 200k-character string built one character at a time. Uses only ECMAScript builtins, so plain Boa runs this same file.
let csv = 'id,name,score\n';
for (let i = 0; i < 50000; i++) csv += `${i},user${i},${(i * 7) % 100}\n`;
let text = '';
for (let i = 0; i < 50000; i++) text = text + 'line ' + i + ' of the report\n';
let chars = '';
const source = 'abcdefghij'.repeat(20000);
for (const ch of source) chars += ch;
let sum = 0;
for (let i = 0; i < csv.length; i += 97) sum = (sum + csv.charCodeAt(i) + text.charCodeAt(i % text.length)) % 1000003;
console.log('build', csv.length, text.length, chars.length, sum);
