function outer() {
  const inner = () => {
    const z = 1;
    var z;
  };
}
