switch (x) { case 1: break; default: 1; default: 2 }
