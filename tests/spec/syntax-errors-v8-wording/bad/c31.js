try { } 
