// Assigning a const before its declaration ran is V8's TDZ ReferenceError; assigning it later (also from a
// function declared above it) is the TypeError "Assignment to constant variable."
try { c = 5; } catch (e) { console.log(e.name, e.message); }
const c = 1;
function early() { try { d = 2; } catch (e) { console.log(e.name, e.message, e instanceof ReferenceError); } const d = 3; }
early();
function late() { t = 1; }
const t = 2;
try { late(); } catch (e) { console.log(e.name, e.message); }
const k = 1;
try { k = 2; } catch (e) { console.log(e.name, e.message); }
function crash() { x = 1; const x = 0; }
crash();
