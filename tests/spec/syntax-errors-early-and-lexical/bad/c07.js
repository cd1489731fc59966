const re = /+a/;
