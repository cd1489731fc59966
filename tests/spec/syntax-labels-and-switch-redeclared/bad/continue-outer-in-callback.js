const rows = [[1, 2]];
outer: for (const row of rows) {
  row.forEach((c) => { if (c === 2) continue outer; });
}
