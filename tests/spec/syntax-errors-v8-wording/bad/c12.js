x => { yield 1 }
