blk: {
  for (;;) { continue blk; }
}
