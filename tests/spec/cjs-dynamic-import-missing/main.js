// `import()` of a missing file from a CommonJS script, left unhandled: node's frames are the Script variant
// of its dynamic-import callback (`defaultImportModuleDynamicallyForScript`).
console.log('loading plugin');
import('./plugins/missing.mjs');
