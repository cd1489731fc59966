// An object with no toString/valueOf (a null-prototype dictionary) in string concatenation, uncaught: V8
// places the TypeError at the `+`.
const freq = Object.create(null);
for (const w of 'the cat and the hat'.split(' ')) freq[w] = (freq[w] || 0) + 1;
console.log('words:', Object.keys(freq).length);
console.log('Report: ' + freq);
