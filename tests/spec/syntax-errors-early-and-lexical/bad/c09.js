const re = /[a-z/;
console.log(re);
