class B { #x; m() { return this.#y } }
