// Writing to a module namespace object (`import * as ns`): its exports are read only and nothing can be
// added or deleted; V8 names it `[object Module]`. A namespace read of a binding not yet initialized (an
// import cycle) is a TDZ error.
import * as counter from './counter.js';
import './cycle-a.js';
try { counter.count = 100; } catch (e) { console.log(e.name, e.message); }
try { counter.extra = 1; } catch (e) { console.log(e.name, e.message); }
try { delete counter.count; } catch (e) { console.log(e.name, e.message); }
counter.increment();
console.log(counter.count, Object.isFrozen(counter), Object.isExtensible(counter));
