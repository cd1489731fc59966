// The caret line under the source copies its tabs, as node prints it.
function main() {
	const items = [1, 2];
	if (items.length) {
		return items.map((x) => x.value.name);
	}
}
try { main(); } catch (e) { console.log(e.message); }
function run() {
	const data = null;
		console.log(data.size);
}
run();
