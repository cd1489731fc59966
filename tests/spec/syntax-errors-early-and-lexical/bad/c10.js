"use strict";
let interface = 1;
