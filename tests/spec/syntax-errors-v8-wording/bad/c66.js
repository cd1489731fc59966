foo(); /* abc
