arr = [1, 2
