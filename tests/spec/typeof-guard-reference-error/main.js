// A `typeof` guard does not read the binding: the ReferenceError of a later plain use points at that use.
if (typeof config === 'undefined') {
  console.log('config is not defined, using defaults');
}
const settings = typeof config !== 'undefined' ? config : { debug: false };
console.log(settings, typeof missingToo);
console.log('debug is', config.debug);
