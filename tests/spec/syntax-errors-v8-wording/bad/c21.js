function (a) {}
