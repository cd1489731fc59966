export const a = 1;
if (a) throw new TypeError('boom while evaluating');
