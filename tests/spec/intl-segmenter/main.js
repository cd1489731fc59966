// Intl.Segmenter splits graphemes (emoji families, flags, combining marks), words (isWordLike) and sentences.
const s = new Intl.Segmenter('en', { granularity: 'word' });
console.log(s, s.resolvedOptions(), Object.prototype.toString.call(s));
const segs = s.segment('Hello, world! 123 x.y');
console.log(segs, typeof segs.containing, segs.containing(8), segs.containing(99));
console.log([...segs].map((x) => [x.segment, x.index, x.isWordLike]));
const g = new Intl.Segmenter();
console.log(g.resolvedOptions(), [...g.segment('👨‍👩‍👧e\u0301🇫🇷a')].map((x) => x.segment), [...g.segment('👍🏽x')].length);
console.log([...new Intl.Segmenter('en', { granularity: 'sentence' }).segment('Hi there. How are you? Fine!')].map((x) => x.segment));
console.log(Object.keys([...g.segment('ab')][0]), [...g.segment('ab')][0]);
const it = segs[Symbol.iterator](); console.log(it, Object.prototype.toString.call(it), it.next());
try { new Intl.Segmenter('en', { granularity: 'line' }); } catch (e) { console.log(e.message); }
console.log(Intl.Segmenter.supportedLocalesOf(['en', 'fr']), Intl.Segmenter.length, typeof Intl.Segmenter);
console.log([...new Intl.Segmenter('en', { granularity: 'word' }).segment("don't stop-me now 3.14 e-mail")].filter((x) => x.isWordLike).map((x) => x.segment));
