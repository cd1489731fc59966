function area(shape) {
  switch (shape.kind) {
    case 'square':
      let area = shape.side ** 2;
      return area;
    case 'circle':
      let area = Math.PI * shape.r ** 2;
      return area;
  }
}
