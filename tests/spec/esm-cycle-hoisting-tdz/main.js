// An import cycle: a hoisted function of a module whose body has not run yet is callable, and reading its
// not-yet-initialised bindings is V8's temporal dead zone ("Cannot access ... before initialization").
import('./a.mjs').then((a) => console.log('done', a.fromA));
