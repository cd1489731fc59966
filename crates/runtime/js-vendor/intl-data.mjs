//! Build-time data for Looplab's `Intl` (imported by build.mjs): the formatjs locale data of the locales Looplab
//! ships, trimmed and serialised as JSON strings (parsed per locale on first use), and the collation table that
//! `Intl.Collator` / `String.prototype.localeCompare` use, measured from this build's node (ICU root collation).
//
// Nothing here is committed data: both are derived at build time from the npm packages and from node's own ICU.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

/// The locales whose number, date, list and relative-time data ship (all others fall back to `en`, as a node
/// built with small-icu does). `en` is loaded first and is the default (`en-US`).
export const INTL_LOCALES = ['en', 'en-GB', 'en-IN', 'en-AU', 'en-CA', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv',
  'pl', 'ru', 'ja', 'zh', 'ko', 'hi'];

/// Languages whose plural rules ship without their other data (small; the rules differ most between languages:
/// Arabic's and Welsh's six categories, the Slavic few/many, Irish, Lithuanian...).
export const PLURAL_ONLY = ['ar', 'cs', 'cy', 'da', 'el', 'fi', 'ga', 'he', 'hu', 'id', 'lt', 'nb', 'ro', 'sk', 'sl',
  'th', 'tr', 'uk', 'vi'];

/// Runs one formatjs locale-data file with a stand-in `Intl` and returns what it registers.
function capture(require, pkg, locale, ctor) {
  const file = require.resolve(`${pkg}/locale-data/${locale}.js`);
  const got = [];
  const sandbox = { Intl: { [ctor]: { __addLocaleData: (d) => got.push(d) } } };
  sandbox.globalThis = sandbox;
  vm.runInNewContext(readFileSync(file, 'utf8'), sandbox, { filename: file });
  if (got.length !== 1) throw new Error(`js-vendor/intl-data.mjs: ${pkg} ${locale} registered ${got.length} data sets`);
  // Through JSON: the sandbox's objects belong to another realm.
  return JSON.parse(JSON.stringify(got[0]));
}

const COMMON_CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'INR', 'CAD', 'AUD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN',
  'RUB', 'KRW', 'BRL', 'MXN', 'HKD', 'SGD', 'NZD', 'ZAR', 'TRY', 'CZK', 'HUF', 'ILS', 'AED', 'SAR', 'THB', 'IDR', 'TWD'];

/// The zones whose names ship (`timeZoneName: 'short'` gives `EST`, `'long'` `Eastern Standard Time`): the
/// ones lessons and apps name; any other zone shows its GMT offset. All of them in every locale would add
/// 600 KB to the binary.
const NAMED_ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles',
  'America/Anchorage', 'Pacific/Honolulu', 'America/Toronto', 'America/Vancouver', 'America/Mexico_City',
  'America/Sao_Paulo', 'America/Argentina/Buenos_Aires', 'America/Bogota', 'Europe/London', 'Europe/Dublin',
  'Europe/Lisbon', 'Europe/Paris', 'Europe/Berlin', 'Europe/Madrid', 'Europe/Rome', 'Europe/Amsterdam',
  'Europe/Brussels', 'Europe/Zurich', 'Europe/Vienna', 'Europe/Stockholm', 'Europe/Oslo', 'Europe/Copenhagen',
  'Europe/Warsaw', 'Europe/Prague', 'Europe/Athens', 'Europe/Helsinki', 'Europe/Kiev', 'Europe/Istanbul',
  'Europe/Moscow', 'Africa/Cairo', 'Africa/Johannesburg', 'Africa/Lagos', 'Africa/Nairobi', 'Asia/Dubai',
  'Asia/Karachi', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Bangkok', 'Asia/Jakarta', 'Asia/Singapore',
  'Asia/Hong_Kong', 'Asia/Shanghai', 'Asia/Taipei', 'Asia/Manila', 'Asia/Seoul', 'Asia/Tokyo',
  'Australia/Perth', 'Australia/Adelaide', 'Australia/Brisbane', 'Australia/Sydney', 'Australia/Melbourne',
  'Pacific/Auckland'];

/// `{ locale: JSON text of [numberFormat, dateTimeFormat, listFormat, relativeTimeFormat] }`. Trimmed: time
/// zone names other than UTC's and NAMED_ZONES', date-range patterns, rare skeletons, and outside `en` the
/// names of uncommon currencies.
export function localeData(require) {
  const out = {};
  for (const locale of INTL_LOCALES) {
    const nf = capture(require, '@formatjs/intl-numberformat', locale, 'NumberFormat');
    const dt = capture(require, '@formatjs/intl-datetimeformat', locale, 'DateTimeFormat');
    const lf = capture(require, '@formatjs/intl-listformat', locale, 'ListFormat');
    const rtf = capture(require, '@formatjs/intl-relativetimeformat', locale, 'RelativeTimeFormat');
    const d = dt.data;
    d.timeZoneName = Object.fromEntries(Object.entries(d.timeZoneName || {}).filter(([k]) => /^(UTC|GMT|Etc\/)/.test(k) || NAMED_ZONES.includes(k)));
    // CLDR keys some zones by their old names; scripts use the current ones.
    for (const [old, now] of [['Asia/Calcutta', 'Asia/Kolkata'], ['Europe/Kiev', 'Europe/Kyiv']]) {
      if (d.timeZoneName[old] !== undefined) d.timeZoneName[now] = d.timeZoneName[old];
    }
    joinDateAndTime(locale, d);
    zonesWithDates(d);
    measureDayPeriods(locale, d);
    // formatRange's patterns: only the fallback (`{0} – {1}`), which the constructor needs (parsing all of
    // them made the first DateTimeFormat take a second on Boa).
    d.intervalFormats = { intervalFormatFallback: d.intervalFormats.intervalFormatFallback };
    // Skeletons with flexible day periods (B), generic zone names (v) or long zone names (zzzz) are only
    // reachable through rarely used options; each skeleton costs Boa ~0.4 ms on the locale's first
    // DateTimeFormat, and these are 45% of them.
    for (const ca of Object.values(d.formats)) {
      for (const k of Object.keys(ca)) if (/B|v|zzzz/.test(k)) delete ca[k];
    }
    // The data pairs a weekday with a time both as CLDR's own skeleton (`Ehm`: `E h:mm a`) and as one the data
    // joined (`E, h:mm a`: `ccc, h:mm a`), and formatjs picks the joined one; ICU picks CLDR's (node:
    // `Tue 3:05 PM`). Joined ones with a CLDR twin are dropped.
    for (const ca of Object.values(d.formats)) {
      for (const k of Object.keys(ca)) {
        const joined = /^E, (.*)$/.exec(k);
        const skeleton = joined && [...new Set(joined[1].replace(/[^A-Za-z]|a/g, ''))].join('');
        if (skeleton && Object.prototype.hasOwnProperty.call(ca, `E${skeleton}`)) delete ca[k];
      }
    }
    // Outside en, currency names (`currencyDisplay: 'name'`) only for common currencies; intl.js gives the
    // others en's names rather than fail.
    if (locale !== 'en') {
      for (const [code, c] of Object.entries(nf.data.currencies)) if (!COMMON_CURRENCIES.includes(code)) delete c.displayName;
    }
    out[locale] = JSON.stringify([nf, dt, lf, rtf]);
  }
  return out;
}

/// A zone name asked for with date fields (`{ weekday, hour, minute, timeZoneName }`, `{ month, day,
/// timeZoneName }`): ICU splits the skeleton into its date part and its time part with the zone (`hmz`, or `z`
/// alone) and joins them with the date's glue (`Fri, 10:30 AM UTC`, `Mar 15, UTC`). formatjs only matches
/// prebuilt skeletons and would take the long time style (`10:30:00 AM UTC`), so build those joins for the
/// day and weekday skeletons (with seconds only for text months, to keep the count down: each skeleton costs
/// Boa ~0.4 ms on the locale's first DateTimeFormat).
function zonesWithDates(d) {
  const glue = d.dateTimeFormat;
  for (const ca of Object.values(d.formats)) {
    const dateKeys = Object.keys(ca).filter((k) => /^[yMLdE]+$/.test(k) && /[dE]/.test(k));
    const times = { z: 'z', hmz: ca.hmz, Hmz: ca.Hmz };
    const withSeconds = { ...times, hmsz: ca.hmsz, Hmsz: ca.Hmsz };
    for (const dk of dateKeys) {
      for (const [tk, tv] of Object.entries(/MMM|LLL/.test(dk) ? withSeconds : times)) {
        if (typeof tv !== 'string' || typeof ca[dk] !== 'string' || ca[dk + tk] !== undefined) continue;
        const style = /MMMM|LLLL/.test(dk) ? (/EEEE/.test(dk) ? 'full' : 'long') : /MMM|LLL/.test(dk) ? 'medium' : 'short';
        const join = typeof glue[style] === 'string' ? glue[style] : glue.short;
        ca[dk + tk] = join.replace('{1}', ca[dk]).replace('{0}', tv);
      }
    }
  }
}

/// How this node's ICU joins a date and a time, per date style: `{1} 'at' {0}` for en's long and full dates,
/// `{1}, {0}` for the others (formatjs's data has only the latter). Measured by formatting a date, a time and
/// both; undefined where the combined text does not contain the other two.
function measuredGlue(locale, style) {
  const d = new Date(Date.UTC(2024, 1, 29, 15, 4, 5));
  const text = (o) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...o }).formatToParts(d).map((p) => p.value).join('');
  const both = text({ dateStyle: style, timeStyle: 'short' });
  const date = text({ dateStyle: style });
  const time = text({ timeStyle: 'short' });
  const at = both.indexOf(date);
  const tat = both.indexOf(time);
  if (at === -1 || tat === -1) return undefined;
  const parts = at < tat
    ? [both.slice(0, at), '{1}', both.slice(at + date.length, tat), '{0}', both.slice(tat + time.length)]
    : [both.slice(0, tat), '{0}', both.slice(tat + time.length, at), '{1}', both.slice(at + date.length)];
  // Literal text is quoted in CLDR patterns when it has letters.
  return parts.map((p, i) => (i % 2 === 1 || p === '' || !/\p{L}/u.test(p) ? p : `'${p.replace(/'/g, "''")}'`)).join('');
}

/// This node's AM/PM texts for `locale` (ICU 74's Korean says `PM` where CLDR 47 says `오후`).
function measureDayPeriods(locale, d) {
  const period = (hour) => new Intl.DateTimeFormat(locale, { hour: 'numeric', hour12: true, timeZone: 'UTC' })
    .formatToParts(new Date(Date.UTC(2024, 0, 1, hour))).find((p) => p.type === 'dayPeriod');
  const am = period(3);
  const pm = period(15);
  if (am !== undefined && pm !== undefined) {
    d.am = am.value;
    d.pm = pm.value;
  }
}

/// Gives `d` (formatjs DateTimeFormat data of `locale`) node's date-time joins: `dateTimeFormat` per style, and
/// the prebuilt "date skeleton + time" patterns rebuilt with the join ICU picks for the date skeleton (full with
/// a wide weekday and month, long with a wide month, medium with an abbreviated month, short otherwise).
/// formatjs's data also lists whole style patterns (`y年M月d日 H:mm:ss`) as if they were skeletons, which its
/// matcher then prefers over the skeleton ICU would use (`2024/2/29 15:04:05`); those are dropped (dateStyle
/// and timeStyle do not use them).
function joinDateAndTime(locale, d) {
  const styles = ['full', 'long', 'medium', 'short'];
  const old = d.dateTimeFormat;
  const glue = {};
  for (const style of styles) glue[style] = measuredGlue(locale, style) ?? old[style];
  // The text formatjs put between a date key and a time key: its short join without the placeholders.
  const joiner = old.short.replace('{1}', '\u0000').replace('{0}', '\u0000').split('\u0000')[1];
  const skeleton = (k) => /^[A-Za-z]+$/.test(k);
  // ICU widens an abbreviated month (and weekday) of the best skeleton to the requested width and then picks the
  // join for that width; formatjs only finds prebuilt combinations, so add the wide ones it lacks.
  // ICU appends a requested zone name to any time skeleton (`3:04 PM UTC`); formatjs only matches skeletons
  // that list it, so give the time skeletons their zone forms.
  for (const ca of Object.values(d.formats)) {
    for (const k of ['h', 'H', 'hm', 'Hm', 'hms', 'Hms']) {
      if (typeof ca[k] === 'string' && ca[`${k}z`] === undefined) ca[`${k}z`] = `${ca[k]} z`;
    }
  }
  for (const ca of Object.values(d.formats)) {
    for (const [key, value] of Object.entries(ca)) {
      if (typeof value !== 'string') continue;
      const cut = joiner ? key.indexOf(joiner) : -1;
      const dateKey = cut === -1 ? key : key.slice(0, cut);
      if (!skeleton(dateKey) || !/MMM/.test(dateKey) || /MMMM/.test(dateKey)) continue;
      for (const wideWeekday of [false, true]) {
        if (wideWeekday && !/E/.test(dateKey)) continue;
        const widen = (k) => {
          const m = k.replace(/MMM/, 'MMMM').replace(/LLL(?!L)/, 'LLLL');
          return wideWeekday ? m.replace(/E+/, 'EEEE') : m;
        };
        const wideKey = widen(dateKey) + (cut === -1 ? '' : key.slice(cut));
        if (ca[wideKey] !== undefined) continue;
        // (A wide weekday loses the parentheses an abbreviated one has in ja/ko: `d日(木)` → `d日木曜日`.)
        const datePattern = ca[widen(dateKey)] ?? widen(ca[dateKey]).replace('(EEEE)', 'EEEE');
        ca[wideKey] = cut === -1 ? datePattern : datePattern + value.slice(ca[dateKey].length);
      }
    }
  }
  for (const ca of Object.values(d.formats)) {
    for (const [key, value] of Object.entries(ca)) {
      if (skeleton(key)) continue;
      let cut = joiner ? key.indexOf(joiner) : -1;
      while (cut !== -1 && !skeleton(key.slice(0, cut))) cut = key.indexOf(joiner, cut + 1);
      if (cut === -1) {
        // A whole date style pattern (alone or with a time) is not a skeleton ICU would consider.
        if (Object.values(d.dateFormat).some((p) => key.startsWith(p))) delete ca[key];
        continue;
      }
      const dateKey = key.slice(0, cut);
      const timeKey = key.slice(cut + joiner.length);
      const datePattern = ca[dateKey];
      const timePattern = ca[timeKey] ?? timeKey;
      if (typeof datePattern !== 'string' || typeof timePattern !== 'string') continue;
      const style = /EEEE/.test(dateKey) && /MMMM/.test(dateKey) ? 'full' : /MMMM/.test(dateKey) ? 'long'
        : /MMM/.test(dateKey) ? 'medium' : 'short';
      const joined = (join) => join.replace('{1}', datePattern).replace('{0}', timePattern);
      if (value !== joined(old.short) && value !== joined(old[style])) continue; // not a plain join: kept
      ca[key] = joined(glue[style]);
    }
  }
  d.dateTimeFormat = glue;
}

/// All IANA time zones @formatjs/intl-datetimeformat has, as one JSON text for `__addTZData`, with the
/// transitions of 1970-2037 only (the zone's state before 1970 is its first entry); `icu` maps every other name
/// of a zone to the one ICU (so V8's resolvedOptions) reports: CLDR's first alias (`Europe/Kiev` for
/// `Europe/Kyiv`), `UTC` for the UTC and GMT zones as V8 has it.
export function timeZoneData(require) {
  const file = require.resolve('@formatjs/intl-datetimeformat/add-all-tz.js');
  let data;
  const sandbox = { Intl: { DateTimeFormat: { __addTZData: (d) => { data = d; } } } };
  sandbox.globalThis = sandbox;
  vm.runInNewContext(readFileSync(file, 'utf8'), sandbox, { filename: file });
  if (data === undefined) throw new Error('js-vendor/intl-data.mjs: add-all-tz.js registered no data');
  const from = Date.UTC(1970, 0, 1) / 1000;
  const to = Date.UTC(2038, 0, 1) / 1000;
  const zones = data.zones.map((z) => {
    const [name, ...transitions] = z.split('|');
    const at = (t) => (t.startsWith(',') ? -Infinity : parseInt(t.split(',')[0], 36));
    const before = transitions.filter((t) => at(t) < from).pop();
    const kept = transitions.filter((t) => at(t) >= from && at(t) < to);
    if (before !== undefined) kept.unshift(`,${before.split(',').slice(1).join(',')}`);
    return [name, ...kept].join('|');
  });
  const icu = {};
  const tz = JSON.parse(readFileSync(require.resolve('cldr-bcp47/bcp47/timezone.json'), 'utf8')).keyword.u.tz;
  for (const entry of Object.values(tz)) {
    if (!entry || typeof entry._alias !== 'string') continue;
    const names = entry._alias.split(' ');
    const canonical = names[0] === 'Etc/UTC' || names[0] === 'Etc/GMT' ? 'UTC' : names[0];
    for (const name of names) if (name !== canonical) icu[name] = canonical;
  }
  return JSON.stringify({ abbrvs: data.abbrvs, offsets: data.offsets, zones, icu });
}

/// `Intl.supportedValuesOf`'s lists, from this build's node (ICU's calendars, collations, currencies, numbering
/// systems, time zones and units). JSON `{ key: [values] }`.
export function supportedValues() {
  const keys = ['calendar', 'collation', 'currency', 'numberingSystem', 'timeZone', 'unit'];
  return JSON.stringify(Object.fromEntries(keys.map((k) => [k, Intl.supportedValuesOf(k)])));
}

/// The plural-rule files (JavaScript: their rules are functions; one per language), in INTL_LOCALES order.
export function pluralLocaleFiles() {
  const languages = [...new Set(INTL_LOCALES.map((l) => l.split('-')[0]).concat(PLURAL_ONLY))];
  return languages.map((l) => `@formatjs/intl-pluralrules/locale-data/${l}.js`);
}

/// Code points the collation table covers: controls, Latin (with Latin-1, Extended-A/B, IPA), Greek, Cyrillic, Hangul jamo, kana, general
/// punctuation and currency signs. Others sort after all of these by code point (as unassigned-weight
/// characters do in ICU), which is right for CJK ideographs and close enough elsewhere.
const RANGES = [[0x00, 0x7e], [0x7f, 0x24f], [0x250, 0x2af], [0x300, 0x36f], [0x370, 0x3ff],
  [0x400, 0x4ff], [0x1100, 0x11ff], [0x3000, 0x30ff], [0x3130, 0x318f], [0x2010, 0x2027], [0x2030, 0x205e], [0x20a0, 0x20c0], [0x2100, 0x215f], [0x2190, 0x21ff]];
const EXPANSION_CANDIDATES = ['ae', 'AE', 'Ae', 'oe', 'OE', 'Oe', 'ss', 'SS', 'Ss', 'ij', 'IJ', 'Ij', 'dz', 'DZ',
  'Dz', 'lj', 'LJ', 'Lj', 'nj', 'NJ', 'Nj', 'th', 'TH'];

/// The collation table, from node's ICU: for each covered character its primary rank (0: ignorable), its
/// secondary (accent) and tertiary (case/variant) ranks within its primary, and for characters that expand to
/// several (æ, ß, œ, ½, ǆ...) the expansion. JSON `{ chars, p, s, t, x }`.
export function collationTable() {
  const base = new Intl.Collator('en', { sensitivity: 'base' });
  const accent = new Intl.Collator('en', { sensitivity: 'accent' });
  const full = new Intl.Collator('en', { sensitivity: 'variant' });
  if (full.compare('a', 'B') >= 0 || base.compare('é', 'e') !== 0) {
    throw new Error('js-vendor/intl-data.mjs: this node has no ICU collation (a node built with full or small ICU is needed)');
  }
  const chars = [];
  for (const [from, to] of RANGES) {
    for (let cp = from; cp <= to; cp++) {
      const c = String.fromCodePoint(cp);
      if (c.normalize('NFC') !== c) continue; // compared after NFC, so never looked up
      chars.push(c);
    }
  }
  const expansions = {};
  const ranked = [];
  const ignorable = [];
  const skipped = [];
  for (const c of chars) {
    if (full.compare(c, '') === 0) { skipped.push(c); continue; } // fully ignorable (controls)
    if (base.compare(c, '') === 0) { ignorable.push(c); continue; }
    const compat = c.normalize('NFKD');
    const candidates = compat.length > 1 ? [compat, ...EXPANSION_CANDIDATES] : EXPANSION_CANDIDATES;
    const x = candidates.find((e) => base.compare(c, e) === 0);
    // An expansion that differs from its letters at the accent level (æ from ae) is marked with a trailing '+'.
    if (x !== undefined) expansions[c] = accent.compare(c, x) === 0 ? x : `${x}+`;
    ranked.push(c);
  }
  ranked.sort((a, b) => full.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  const order = [];
  const p = [];
  const s = [];
  const t = [];
  let pr = 0;
  let sr = 0;
  let tr = 0;
  let prev;
  for (const c of ranked) {
    if (prev === undefined || base.compare(prev, c) !== 0) { pr++; sr = 0; tr = 0; } else if (accent.compare(prev, c) !== 0) { sr++; tr = 0; } else if (full.compare(prev, c) !== 0) tr++;
    order.push(c); p.push(pr); s.push(sr); t.push(tr);
    prev = c;
  }
  // Primary-ignorable marks: their own secondary ranks, above every letter's.
  ignorable.sort((a, b) => accent.compare('a' + a, 'a' + b) || full.compare('a' + a, 'a' + b));
  let ir = 0;
  let prevMark;
  for (const c of ignorable) {
    if (prevMark === undefined || full.compare('a' + prevMark, 'a' + c) !== 0) ir++;
    order.push(c); p.push(0); s.push(1000 + ir); t.push(0);
    prevMark = c;
  }
  for (const c of skipped) { order.push(c); p.push(0); s.push(0); t.push(0); }
  return JSON.stringify({ chars: order.join(''), p, s, t, x: expansions, top: pr + 1 });
}
