export const fromPkg = 'type module package';
