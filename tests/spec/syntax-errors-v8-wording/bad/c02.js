console.log("hi" 5)
