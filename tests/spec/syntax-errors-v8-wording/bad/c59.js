console.log("a")
/* unclosed comment
console.log("b")
