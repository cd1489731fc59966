// Bad options to the Intl constructors: V8's messages and the built-in constructor's frame.
function badCurrency() { return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'dollars' }); }
function noCurrency() { return Intl.NumberFormat('en-US', { style: 'currency' }); }
function tooManyDigits() { return new Intl.NumberFormat('en-US', { maximumFractionDigits: 200 }); }
function badZone() { return new Intl.DateTimeFormat('en-US', { timeZone: 'Mars/Base' }); }
function badType() { return new Intl.PluralRules('en-US', { type: 'bad' }); }
function badListType() { return new Intl.ListFormat('en-US', { type: 'x' }); }
for (const f of [badCurrency, noCurrency, tooManyDigits, badZone, badType, badListType]) {
  try {
    f();
  } catch (e) {
    console.log(e.stack.split('\n').slice(0, 3).join('\n').replaceAll(__dirname, '.'));
  }
}
new Intl.NumberFormat('en-US', { style: 'unit', unit: 'parsecs' });
