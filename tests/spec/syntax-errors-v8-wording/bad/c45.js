while (true
