// An optional chain read on past a missing link: `res.data?.items.length` guards `data`, not `items`.
// V8 names the read and points at its `.`; Boa kept no position for a read inside a chain.
const responses = [{ data: { items: [1, 2] } }, { data: {} }, {}];
for (const res of responses) {
  try {
    console.log('count', res.data?.items.length);
  } catch (e) {
    console.log(`${e.name}: ${e.message} | ${e.stack.split('\n')[1].trim().replace(__dirname, '.')}`);
  }
}
const settings = { theme: { colors: null } };
try { console.log(settings?.theme.colors.primary); } catch (e) { console.log(e.message); }
try { console.log(settings.theme?.['colors'].primary); } catch (e) { console.log(e.message); }
try { console.log(settings.theme?.fonts.map((f) => f)); } catch (e) { console.log(e.message); }
function firstTag(post) {
  return post?.meta.tags[0];
}
console.log(firstTag(undefined));
console.log(firstTag({ meta: { tags: ['node'] } }));
const total = responses[1].data?.items.length;
console.log('not reached', total);
