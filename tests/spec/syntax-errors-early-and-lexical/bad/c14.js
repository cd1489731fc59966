const items = [1, 2];
for (const item of items) {
  let total = 0;
  let total = item * 2;
}
