exports.before = true;
if (true) return;
exports.after = true;
