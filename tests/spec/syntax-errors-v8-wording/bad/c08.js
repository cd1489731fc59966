const s = 'abc
next()
