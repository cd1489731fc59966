// Calling a function that was never declared, from inside another function.
function checkout(cart) {
  const sum = cart.reduce((a, b) => a + b, 0);
  applyDiscount(sum);
  return sum;
}
console.log('checking out');
checkout([1, 2, 3]);
