// A typo at top level: node shows the line and points at the undeclared name.
const price = 10;
console.log('price', price);
const total = prise * 2;
console.log(total);
