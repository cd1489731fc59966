const a = null, b = 2, c = 3;
const x = a ?? b || c;
