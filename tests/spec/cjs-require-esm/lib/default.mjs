export default function twice(x) { return x * 2; }
export const extra = true;
