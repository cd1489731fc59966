if (x { }
