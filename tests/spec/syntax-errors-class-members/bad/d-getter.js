class Temp {
  get celsius(value) { return value; }
}
