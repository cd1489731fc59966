// An async function reading a property of undefined: the unhandled rejection shows V8's message, line and column.
async function loadProfile(id) {
  await new Promise((resolve) => setTimeout(resolve, 1));
  const profile = undefined;
  console.log('loaded', id);
  return profile.settings.theme;
}
loadProfile(7);
