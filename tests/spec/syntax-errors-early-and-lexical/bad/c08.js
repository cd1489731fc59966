const re = /abc/gz;
