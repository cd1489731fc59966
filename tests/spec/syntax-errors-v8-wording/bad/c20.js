let x = 5 +;
