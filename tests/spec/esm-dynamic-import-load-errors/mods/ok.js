export let ok = 1;
const q = await 1;
export const t = "still " + q;
