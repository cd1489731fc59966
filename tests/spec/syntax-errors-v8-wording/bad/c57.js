let count = 0
count++
console.log(count +)
