let s = 'it's broken'
