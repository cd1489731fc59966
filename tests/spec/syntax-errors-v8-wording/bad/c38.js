'use strict'; with (x) {}
