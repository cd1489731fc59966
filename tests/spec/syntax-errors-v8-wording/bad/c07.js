const s = "unterminated;
