class Dup {
  #x = 1;
  #x = 2;
}
