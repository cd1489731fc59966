console.log("never runs");
export const broken = {
  a: 1
  b: 2,
};
