import { broken } from "./dep.js";
console.log(broken);
