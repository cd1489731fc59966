const f = ()
  => 1;
