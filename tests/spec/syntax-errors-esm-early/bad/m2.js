function g() {
  await 1;
}
