// console.log / util.inspect of Buffers: short, empty, exactly 50 bytes, more than 50 bytes ("... N more bytes"), nested, with extra props.
const util = require('util');
console.log(Buffer.from('hi'));
console.log(Buffer.alloc(0));
console.log(Buffer.alloc(50, 1));
console.log(Buffer.alloc(51, 2));
console.log(Buffer.from('x'.repeat(200)));
console.log({ data: Buffer.from([1, 2, 3]), list: [Buffer.from('a')] });
const withProp = Buffer.from('ab');
withProp.extra = 'prop';
console.log(withProp);
console.log(util.inspect(Buffer.alloc(60), { maxArrayLength: 5 }));
console.log(util.inspect(Buffer.alloc(3)), String(Buffer.from('str')), `${Buffer.from([0x41])}`);
console.log('%s | %o', Buffer.from('fmt'), Buffer.from([1]));
console.log(new Uint8Array([1, 2, 3]), Buffer.INSPECT_MAX_BYTES, require('buffer').INSPECT_MAX_BYTES);
require('buffer').INSPECT_MAX_BYTES = 4;
console.log(Buffer.from('abcdefgh'));
