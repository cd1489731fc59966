'use strict'; delete x;
