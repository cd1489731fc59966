export const x = 1;
function g() {
  let y;
  let y;
}
