// console.table and array grouping measure strings as node's ICU build does: ✅ ❌ ⭐ (emoji presentation)
// take two columns, a flag four, a zero-width space or BOM none.
console.table([
  { task: 'build', status: '✅' },
  { task: 'test', status: '❌' },
  { task: 'deploy', status: '🚀' },
  { task: 'review', status: '⭐ starred' },
]);
console.table({ us: { flag: '🇺🇸', name: 'United States' }, jp: { flag: '🇯🇵', name: 'Japan' } });
console.table([{ text: 'a\u200bb' }, { text: '\ufeffbom' }, { text: 'café' }, { text: '日本語' }]);
console.log(Array.from({ length: 14 }, (_, i) => (i % 2 ? '⌚' : 'ab')));
console.log(require('util').inspect(Array.from({ length: 14 }, (_, i) => (i % 2 ? '⌚' : 'ab')), { breakLength: 40 }));
