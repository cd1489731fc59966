class Point { x = 1; }
class Item { constructor() { this.a = 1; } }
