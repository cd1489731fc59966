// Intl.PluralRules across languages (Arabic's six categories, Slavic few/many, Welsh, Irish...) and V8's
// resolvedOptions: its keys, the language of a requested locale, categories alphabetical with `other` last.
const nums = [0, 1, 2, 3, 5, 11, 21, 22, 100, 101, 1.5];
for (const l of ['en', 'ar', 'cy', 'ga', 'he', 'cs', 'pl', 'ru', 'uk', 'lt', 'sl', 'fr', 'ja', 'tr']) {
  const pr = new Intl.PluralRules(l);
  console.log(l.padEnd(3), nums.map((n) => `${n}:${pr.select(n)}`).join(' '));
}
for (const l of ['en', 'ar', 'cy', 'he', 'cs', 'ru', 'fr', 'sv', 'it']) {
  for (const type of ['cardinal', 'ordinal']) {
    const r = new Intl.PluralRules(l, { type }).resolvedOptions();
    console.log(l, type, r.locale, r.pluralCategories.join(','));
  }
}
console.log(new Intl.PluralRules().resolvedOptions());
console.log(new Intl.PluralRules('en-US', { type: 'ordinal' }).resolvedOptions());
console.log(new Intl.PluralRules('en', { maximumSignificantDigits: 3 }).resolvedOptions());
console.log(new Intl.PluralRules('de-AT', { minimumFractionDigits: 2 }).resolvedOptions());
const ordinal = new Intl.PluralRules('en-US', { type: 'ordinal' });
const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
console.log([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map((n) => n + suffix[ordinal.select(n)]).join(' '));
const ar = new Intl.PluralRules('ar');
const words = { zero: 'لا كتب', one: 'كتاب واحد', two: 'كتابان', few: 'كتب', many: 'كتابًا', other: 'كتاب' };
for (const n of [0, 1, 2, 3, 11, 100]) console.log(n, ar.select(n), words[ar.select(n)]);
