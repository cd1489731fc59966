import('./meta.mjs');
