// Intl constructors print and stringify as built-ins; %s formats a typed array with String(); an option error
// of toLocaleString names that method; a broken JSON file required shows its message once.
console.log(Intl.NumberFormat); console.log({ fmt: Intl.DateTimeFormat, pr: Intl.PluralRules, c: Intl.Collator });
console.log('%s|%s', new Uint8Array([1, 2, 3]), new Int32Array(0));
try { (1).toLocaleString('en-US', { style: 'bogus' }); } catch (e) { console.log(e.message); }
try { (1n).toLocaleString('en-US', { style: 'bogus' }); } catch (e) { console.log(e.message); }
try { new Intl.NumberFormat('en-US', { style: 'bogus' }); } catch (e) { console.log(e.message); }
console.log(Object.keys(Intl.NumberFormat), typeof Intl.NumberFormat.supportedLocalesOf);
console.log(new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(1234.5));
try { require('./broken.json'); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n').split(__dirname).join('.')); }
