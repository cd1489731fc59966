// A unary minus right before `**` needs parentheses: (-x) ** 2 or -(x ** 2).
function square(x) {
  return -x ** 2;
}
console.log(square(3));
