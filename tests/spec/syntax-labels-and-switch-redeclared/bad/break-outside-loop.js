x: { if (true) { } }
break;
