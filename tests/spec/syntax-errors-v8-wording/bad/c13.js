const {a} ;
