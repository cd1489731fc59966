let o = { get x(a) {} }
