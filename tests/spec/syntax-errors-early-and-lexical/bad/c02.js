const s = "\u{zz}";
