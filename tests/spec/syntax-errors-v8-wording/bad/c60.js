let x = 1;
function f() {
  let y = 2;
  let y = 3;
}
