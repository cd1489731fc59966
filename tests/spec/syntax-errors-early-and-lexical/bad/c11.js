function f(...args, last) {}
