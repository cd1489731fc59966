// Intl.PluralRules, ListFormat, RelativeTimeFormat, getCanonicalLocales and Locale, against node's ICU.
const show = (label, f) => {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, `${e.name}: ${e.message}`); }
};
show('typeof', () => [typeof Intl, Object.prototype.toString.call(Intl), Object.keys(Intl)]);
const pr = new Intl.PluralRules('en-US');
show('cardinal', () => [0, 1, 2, 1.5, 11].map((n) => pr.select(n)));
const ord = new Intl.PluralRules('en-US', { type: 'ordinal' });
const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
show('ordinals', () => [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map((n) => `${n}${suffix[ord.select(n)]}`));
show('plural ru', () => [1, 2, 5, 21, 1.5].map((n) => new Intl.PluralRules('ru').select(n)));
show('plural categories', () => new Intl.PluralRules('en').resolvedOptions().pluralCategories);
show('list and', () => new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(['red', 'green', 'blue']));
show('list or', () => new Intl.ListFormat('en', { type: 'disjunction' }).format(['tea', 'coffee']));
show('list unit', () => new Intl.ListFormat('en', { style: 'narrow', type: 'unit' }).format(['5 lb', '12 oz']));
show('list de', () => new Intl.ListFormat('de').format(['A', 'B', 'C']));
show('list one', () => new Intl.ListFormat('en').format(['only']));
show('list parts', () => new Intl.ListFormat('en').formatToParts(['a', 'b']));
const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
show('rtf auto', () => [[-1, 'day'], [0, 'day'], [1, 'day'], [-3, 'hour'], [2, 'week'], [-1, 'month'], [5, 'years']].map(([v, u]) => rtf.format(v, u)));
show('rtf always', () => new Intl.RelativeTimeFormat('en').format(-1, 'day'));
show('rtf short', () => new Intl.RelativeTimeFormat('en', { style: 'short' }).format(3, 'minutes'));
show('rtf fr', () => new Intl.RelativeTimeFormat('fr', { numeric: 'auto' }).format(-1, 'day'));
show('rtf parts', () => new Intl.RelativeTimeFormat('en').formatToParts(100, 'day'));
show('canonical', () => Intl.getCanonicalLocales(['EN-us', 'zh-hant-tw', 'iw', 'de-u-co-PHONEBK', 'en-US']));
show('canonical bad', () => Intl.getCanonicalLocales('en_US'));
show('locale', () => { const l = new Intl.Locale('en-Latn-US', { hourCycle: 'h12' }); return [l.toString(), l.language, l.script, l.region, l.baseName, l.hourCycle]; });
show('maximize', () => new Intl.Locale('zh').maximize().toString());
show('minimize', () => new Intl.Locale('en-Latn-US').minimize().toString());
show('default locale', () => new Intl.DateTimeFormat().resolvedOptions().locale);
show('supported', () => Intl.DateTimeFormat.supportedLocalesOf(['en-US', 'de-DE']));
show('instanceof', () => [new Intl.NumberFormat() instanceof Intl.NumberFormat, Intl.NumberFormat.name, Intl.NumberFormat.length, typeof Intl.NumberFormat('en').format]);
class Money extends Intl.NumberFormat {
  constructor() { super('en-US', { style: 'currency', currency: 'USD' }); }
}
show('subclass', () => [new Money().format(3.5), new Money() instanceof Money]);
show('upper tr', () => ['istanbul'.toLocaleUpperCase('tr-TR'), 'ISTANBUL'.toLocaleLowerCase('tr'), 'Title'.toLocaleUpperCase()]);
