const t = `hello ${name`
