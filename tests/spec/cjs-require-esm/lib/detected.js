export const detected = 'esm syntax in a typeless .js';
