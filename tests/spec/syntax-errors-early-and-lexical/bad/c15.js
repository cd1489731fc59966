function greet(name) {
  let name = "x";
  return name;
}
