const api = { shaped: 'like module.exports' }; export { api as 'module.exports' }; export const other = 1;
