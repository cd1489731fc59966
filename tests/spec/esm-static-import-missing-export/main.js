import {
  yes,
  nope,
} from "./lib.js";
console.log(yes, nope);
