"use strict";
module.exports = { mode: 0755 };
