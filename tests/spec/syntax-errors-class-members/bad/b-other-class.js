class Vault { #pin = 42; }
class Thief { steal(v) { return v.#pin; } }
