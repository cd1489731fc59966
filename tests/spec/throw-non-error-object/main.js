// Throwing a plain object uncaught prints the inspected object and exits with code 1.
console.log('about to throw an object');
throw { a: 1, nested: { b: [1, 2, 3] } };
