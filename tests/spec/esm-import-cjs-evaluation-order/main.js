// Entry: the ES module graph (main.mjs) is imported from CommonJS.
import('./main.mjs').then(() => console.log('5. import settled'));
