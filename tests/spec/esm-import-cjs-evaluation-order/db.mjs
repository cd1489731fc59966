console.log('3. db.mjs evaluated');
export const db = { connected: true };
