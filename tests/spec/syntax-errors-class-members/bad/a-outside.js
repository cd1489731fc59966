class Safe { #code = 1234; }
const s = new Safe();
console.log(s.#code);
