const x = 1;
export { nope };
