// Entry: the ES module that imports the JSON module.
import('./entry.mjs');
