let str = `abc
