// Reassigning a const inside a function called from the top level.
const retries = 3;
function retry() {
  console.log('retrying');
  retries = retries - 1;
}
retry();
