const re = /a)b/g;
