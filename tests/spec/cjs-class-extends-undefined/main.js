// A class extending a name destructured from an object that lacks it, far below the file's first line.
class Base {}
class Mid extends Base {}
function helper() { return 1; }
const lib = {};
const x = helper();


const { Missing } = lib;
class Broken extends Missing {
  go() {}
}
