// fs.cpSync / fs.cp / fs.promises.cp: node 20s checks, errors, filter, force/errorOnExist, parents.
const fs=require('fs');
process.chdir(__dirname);
const TMP = ['s','d','d2','d3','new','c.txt','a.txt','z.txt','pd'];
for (const d of TMP) fs.rmSync(d, { recursive: true, force: true });
process.on('exit', () => { for (const d of TMP) fs.rmSync(d, { recursive: true, force: true }); });
fs.mkdirSync('s/n', { recursive: true }); fs.writeFileSync('s/n/b.txt', 'b'); fs.writeFileSync('a.txt', 'a');
const t=(f)=>{try{console.log('ok',f())}catch(e){console.log(e.code,e.message, e.syscall, e.errno, Object.keys(e))}};
t(()=>fs.cpSync('s','d'));
t(()=>fs.cpSync('s','s/n/x',{recursive:true}));
t(()=>fs.cpSync('nope','z'));
t(()=>fs.cpSync('a.txt','s',{recursive:true}));
t(()=>fs.cpSync('s','a.txt',{recursive:true}));
t(()=>fs.cpSync('a.txt','a.txt'));
t(()=>{fs.writeFileSync('c.txt','old');fs.cpSync('a.txt','c.txt',{force:false});return fs.readFileSync('c.txt','utf8')});
t(()=>fs.cpSync('a.txt','c.txt',{force:false, errorOnExist:true}));
t(()=>{fs.cpSync('a.txt','new/deep/a.txt');return fs.readFileSync('new/deep/a.txt','utf8')});
t(()=>{fs.cpSync('s','d',{recursive:true, filter:(p)=>!p.endsWith('b.txt')});return fs.readdirSync('d',{recursive:true})});
t(()=>fs.cpSync('s','d2',{filter:()=>Promise.resolve(true), recursive:true}));
t(()=>fs.cpSync('s','d3',{dereference:true, verbatimSymlinks:true}));
t(()=>fs.cpSync('s','d3',{recursive:1}));
t(()=>fs.cpSync('s','d3',{filter:1}));
t(()=>fs.cpSync('s','d3',5));
t(()=>{fs.cpSync('s','d3',{recursive:true});return fs.readdirSync('d3',{recursive:true})});
fs.cp('s', 'pd', { recursive: true, filter: async (p) => !p.endsWith('b.txt') }, (err) => {
  console.log('cp cb', err, fs.readdirSync('pd', { recursive: true }));
  fs.promises.cp('a.txt', 'pd/n').catch((e) => console.log('promise', e.code)).then(() => fs.promises.cp('a.txt', 'pd/a2.txt')).then(() => console.log(fs.readdirSync('pd').sort()));
});
