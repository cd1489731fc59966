// Date formats where Looplab's DateTimeFormat (formatjs with CLDR 47 data, adjusted at build time) and node 20's
// ICU still disagree.
const d = new Date(Date.UTC(2024, 1, 29, 15, 4, 5, 678));
const show = (locale, options) => console.log(locale, JSON.stringify(options), new Intl.DateTimeFormat(locale, options).format(d));
// A lone second with fractional digits: node prints `5.678`, formatjs picks a minutes-and-seconds pattern.
show('en-US', { second: 'numeric', fractionalSecondDigits: 3 });
// Only a zone name: node prints the date and the zone.
show('en-US', { timeZoneName: 'short' });
// An hour with a zone name outside English (node: `15h UTC`, `15 ч. UTC`, `UTC15时`).
for (const locale of ['en-GB', 'ru-RU', 'zh-CN']) show(locale, { hour: 'numeric', timeZoneName: 'short' });
// A long month with a time where formatjs has no prebuilt combination (node: `29 février 2024 à 15:04`).
for (const locale of ['fr-FR', 'pt-BR', 'sv-SE']) show(locale, { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: 'numeric' });
// A month and year alone in Polish and Russian: node uses the nominative (`luty 2024`).
for (const locale of ['pl-PL', 'ru-RU']) show(locale, { year: 'numeric', month: 'long' });
