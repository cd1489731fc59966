// toLocaleString with no arguments (answered without loading Intl) and Array/TypedArray#toLocaleString.
for (const x of [1.0005, 1.0015, 2.0005, 0.0005, 1e21, -0, NaN, -Infinity, Infinity, 123456789.98765, 1e-7, -1e-7, -1234.5, 9.9995, 5e-324, 2**53, 0.9995, 999.9995, 999999.9999, 1234567.891, 0, 12, 100, 1000, -999.9996, 0.1+0.2, 1e300, 123.456789e-5, 99.99949]) console.log(x.toLocaleString());
console.log((123n).toLocaleString(), (-1234567n).toLocaleString(), (10n**30n).toLocaleString(), 0n.toLocaleString());
console.log([1234.5, 6789].toLocaleString());
console.log(typeof Intl, (1234.5).toLocaleString());
console.log(new Uint8Array([1,2]).toLocaleString(), [1,[2,3],null,,4000].toLocaleString(), [1234.5].toLocaleString("de-DE"))
