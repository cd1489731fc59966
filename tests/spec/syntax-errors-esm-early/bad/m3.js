const mode = 0644;
