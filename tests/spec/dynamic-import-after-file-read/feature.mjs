console.log('feature.mjs evaluated'); export const feature = 'on';
