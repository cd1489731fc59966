// Buffer#lastIndexOf with an encoding: UTF-16 results in bytes (not characters), an encoding given in the
// offset's place keeping the default offset, odd and negative offsets in UTF-16.
const u = Buffer.from('abcabc', 'utf16le');
console.log(u.lastIndexOf('b', undefined, 'utf16le'), u.lastIndexOf('b', -1, 'ucs2'), u.indexOf('b', 'utf16le'), u.lastIndexOf('b', 5, 'utf16le'), u.lastIndexOf('a', 'ucs2'));
const b = Buffer.from('abcabc');
console.log(b.lastIndexOf('b', 'utf8'), u.lastIndexOf('c', 'utf16le'), b.lastIndexOf(Buffer.from('bc'), 'utf8'), b.indexOf('c', 'latin1'), b.lastIndexOf('YWJj', 'base64'));
console.log(u.lastIndexOf(Buffer.from('b\0')), u.lastIndexOf('zz', 'utf16le'), u.lastIndexOf('a', 0, 'utf16le'), u.lastIndexOf('a', 1, 'utf16le'));
for (const off of [-3, -2, 0, 1, 2, 3, 7, 11, 12, 100, -100]) console.log(off, u.lastIndexOf('a', off, 'utf16le'), u.lastIndexOf('bc', off, 'ucs2'), b.lastIndexOf('b', off));
