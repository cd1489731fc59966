let z = 08.5n
