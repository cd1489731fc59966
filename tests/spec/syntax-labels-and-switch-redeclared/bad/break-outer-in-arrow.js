outer: for (;;) {
  [1].forEach(() => { break outer; });
}
