"use strict";
const s = "\077";
