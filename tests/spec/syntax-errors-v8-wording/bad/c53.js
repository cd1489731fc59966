setTimeout(() => {
  console.log("hi")
}, 100
