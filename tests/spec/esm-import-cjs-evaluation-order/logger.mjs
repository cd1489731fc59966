console.log('1. logger.mjs evaluated');
export const log = (m) => console.log(`[log] ${m}`);
