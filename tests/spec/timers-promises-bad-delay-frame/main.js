const { setTimeout: sleep } = require('timers/promises');
sleep('abc', 'v').then(v => console.log('resolved with', v));
sleep(-10, 'neg').then(v => console.log('resolved with', v));
sleep(undefined).then(v => console.log('resolved with', v));
