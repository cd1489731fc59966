// A syntax error in eval'd code: node's header shows the code's own line.
const code = 'var ok = 1;\nconst y = ;\n';
console.log('before');
eval(code);
