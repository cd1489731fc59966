function f() {
	if (true) {
		let x = 1 +* 2;
	}
}
