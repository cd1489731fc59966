console.log(1))
