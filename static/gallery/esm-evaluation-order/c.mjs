// c.mjs does not depend on b.mjs, so it need not wait for b's top-level await.
console.log('c.mjs: evaluating while b.mjs is still paused');
