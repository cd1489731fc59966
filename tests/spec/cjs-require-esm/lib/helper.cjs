exports.helper = () => 'helper from cjs';
