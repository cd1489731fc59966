import fs from "fs";
let config = {};
let config = { debug: true };
