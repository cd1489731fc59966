for (let i = 0; i < 3; i++) {
  if (i === 1) break serach;
}
