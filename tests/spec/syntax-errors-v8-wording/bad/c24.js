if (true) { console.log(1) } else console.log(2) }
