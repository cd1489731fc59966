"use strict";
const m = 08;
