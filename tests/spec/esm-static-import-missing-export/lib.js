export const yes = 1;
export default 2;
