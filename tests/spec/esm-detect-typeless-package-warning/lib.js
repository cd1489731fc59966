export const double = (n) => n * 2;
console.log('lib evaluated');
