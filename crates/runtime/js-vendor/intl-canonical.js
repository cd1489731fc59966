//! `Intl.getCanonicalLocales`, the first module of the Intl bundle that build.mjs makes: BCP 47 validation and
//! casing (`EN-us` → `en-US`, `zh-hant-tw` → `zh-Hant-TW`, V8's RangeError for a malformed tag) and the
//! deprecated language codes ICU replaces. @formatjs/intl-getcanonicallocales does the full CLDR alias
//! resolution, but its tables are 165 KB of script that Boa would parse on every first use of `Intl`; it still
//! ships, with `Intl.Locale`, in the bundle loaded when a script first touches `Intl.Locale`.

const LANGUAGE_ALIASES = { iw: 'he', in: 'id', ji: 'yi', jw: 'jv', mo: 'ro', tl: 'fil', sh: 'sr-Latn', no: 'nb' };
const LANGUAGE = /^(?:[a-z]{2,3}|[a-z]{5,8})$/;
const SCRIPT = /^[a-z]{4}$/;
const REGION = /^(?:[a-z]{2}|\d{3})$/;
const VARIANT = /^(?:[a-z0-9]{5,8}|\d[a-z0-9]{3})$/;
const SINGLETON = /^[0-9a-wyz]$/;
const EXT = /^[a-z0-9]{2,8}$/;
const PRIVATE = /^[a-z0-9]{1,8}$/;

function invalid() {
  return new RangeError('Incorrect locale information provided');
}

/// One tag in canonical form, or a RangeError.
function canonicalize(tag) {
  const parts = tag.toLowerCase().split('-');
  let i = 0;
  if (!LANGUAGE.test(parts[i] || '')) throw invalid();
  let language = parts[i++];
  let script = '';
  let region = '';
  if (i < parts.length && SCRIPT.test(parts[i])) {
    script = parts[i][0].toUpperCase() + parts[i].slice(1);
    i++;
  }
  if (i < parts.length && REGION.test(parts[i])) region = parts[i++].toUpperCase();
  const variants = [];
  while (i < parts.length && VARIANT.test(parts[i])) {
    if (variants.includes(parts[i])) throw invalid();
    variants.push(parts[i++]);
  }
  const extensions = [];
  const seen = new Set();
  while (i < parts.length && SINGLETON.test(parts[i])) {
    const singleton = parts[i++];
    if (seen.has(singleton)) throw invalid();
    seen.add(singleton);
    const body = [];
    while (i < parts.length && EXT.test(parts[i])) body.push(parts[i++]);
    if (body.length === 0) throw invalid();
    extensions.push([singleton, ...body].join('-'));
  }
  extensions.sort();
  let privateUse = '';
  if (i < parts.length && parts[i] === 'x') {
    const body = parts.slice(i + 1);
    if (body.length === 0 || !body.every((p) => PRIVATE.test(p))) throw invalid();
    privateUse = ['x', ...body].join('-');
    i = parts.length;
  }
  if (i !== parts.length) throw invalid();
  const alias = LANGUAGE_ALIASES[language];
  if (alias !== undefined) {
    const [lang, aliasScript] = alias.split('-');
    language = lang;
    if (aliasScript !== undefined && script === '') script = aliasScript;
  }
  return [language, script, region, ...variants.sort(), ...extensions, privateUse].filter((p) => p !== '').join('-');
}

function getCanonicalLocales(locales) {
  if (locales === undefined) return [];
  if (locales === null) throw new TypeError('Cannot convert undefined or null to object');
  const list = typeof locales === 'string' || (typeof internal.IntlLocale === 'function' && locales instanceof internal.IntlLocale)
    ? [locales]
    : Object(locales);
  const length = Math.min(Math.max(Math.trunc(Number(list.length)) || 0, 0), 2 ** 32 - 1);
  const seen = [];
  for (let k = 0; k < length; k++) {
    if (!(k in list)) continue;
    const v = list[k];
    if (typeof v !== 'string' && (v === null || typeof v !== 'object')) {
      throw new TypeError(`Language ID should be string or object.`);
    }
    const tag = canonicalize(String(v));
    if (!seen.includes(tag)) seen.push(tag);
  }
  return seen;
}

Object.defineProperty(Intl, 'getCanonicalLocales', {
  value: getCanonicalLocales,
  writable: true,
  configurable: true,
  enumerable: false,
});
