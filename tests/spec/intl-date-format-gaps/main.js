// Date formats where Looplab's DateTimeFormat (formatjs with CLDR 47 data) and node 20's ICU disagree.
const d = new Date(Date.UTC(2024, 1, 29, 15, 4, 5, 678));
// A lone second with fractional digits: node prints `5.678`, formatjs picks a minutes-and-seconds pattern.
console.log(new Intl.DateTimeFormat('en-US', { second: 'numeric', fractionalSecondDigits: 3 }).format(d));
// An hour with a zone name: node prints `3 PM UTC`, formatjs adds minutes and seconds.
console.log(new Intl.DateTimeFormat('en-US', { hour: 'numeric', timeZoneName: 'short' }).format(d));
// Default date and time in CJK locales (node: 2024/2/29 15:04:05) and Korean day periods (node: PM).
for (const locale of ['ja-JP', 'zh-CN', 'ko-KR', 'pt-BR']) console.log(locale, d.toLocaleString(locale));
