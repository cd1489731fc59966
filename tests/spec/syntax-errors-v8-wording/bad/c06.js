let y = {a: 1,, b: 2}
