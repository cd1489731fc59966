function g() { return }}
