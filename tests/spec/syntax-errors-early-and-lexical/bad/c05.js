const re = /(abc/;
