var v = { 'a' 1 }
