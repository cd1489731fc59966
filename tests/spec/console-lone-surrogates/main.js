// A lone surrogate is written as U+FFFD (inspect escapes it inside quotes).
console.log('\ud83d'); console.log('%s', 'x\ud800'); console.error('\ud800'); console.log(['\ud800']); process.stdout.write('a\udc00\n');
