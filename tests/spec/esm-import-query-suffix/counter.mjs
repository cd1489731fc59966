export const n = (globalThis.loads = (globalThis.loads || 0) + 1);
console.log(import.meta.url.slice(import.meta.url.lastIndexOf('/')), import.meta.filename.slice(import.meta.filename.lastIndexOf('/')));
