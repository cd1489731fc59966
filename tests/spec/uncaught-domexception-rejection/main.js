// A DOMException that rejects (an async function's throw): node's report shows where it was made, inside
// its own DOMException constructor, not the throw statement.
async function fetchWithTimeout() {
  await null;
  throw new DOMException('The operation timed out.', 'TimeoutError');
}
fetchWithTimeout();
