const a = null, b = 2, c = 3;
console.log(a ?? b || c);
