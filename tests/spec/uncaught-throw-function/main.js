// A thrown function is inspected like an object ([Function: name]), with no --trace-uncaught hint.
console.log("before");
throw function validate() {};
