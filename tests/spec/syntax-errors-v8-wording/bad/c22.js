const fn = () => { return 2
