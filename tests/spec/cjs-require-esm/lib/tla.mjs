console.log('tla.mjs must not run'); await null; export const late = 1;
