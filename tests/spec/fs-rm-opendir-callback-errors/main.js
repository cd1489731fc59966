// fs.rm's and fs.opendir's callback errors have no frames, as node's (made in its async callbacks).
const fs = require('fs');
fs.mkdirSync(__dirname + '/d-rm', { recursive: true });
fs.rm(__dirname + '/d-rm', (err) => { console.log(String(err.stack).split(__dirname).join('<dir>')); fs.rmdirSync(__dirname + '/d-rm');
  fs.rm(__dirname + '/nope', (err) => { console.log(String(err.stack).split(__dirname).join('<dir>'));
    fs.opendir(__dirname + '/nope', (err) => { console.log(String(err.stack).split(__dirname).join('<dir>'));
      fs.promises.opendir(__dirname + '/nope').catch((err) => console.log(String(err.stack).split(__dirname).join('<dir>')));
    });
  });
});
