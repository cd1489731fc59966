var 1x = 2;
