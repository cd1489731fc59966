class C {
  m() {
    let k; let k;
  }
}
