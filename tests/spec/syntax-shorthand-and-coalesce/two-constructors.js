class Point {
  constructor(x) { this.x = x; }
  constructor(x, y) { this.x = x; this.y = y; }
}
