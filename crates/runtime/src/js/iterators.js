//! Map and Set iterator previews for util.inspect (`[Map Iterator] { 'a', 'b' }`, `[Set Entries] { [ 1, 1 ] }`),
//! which V8 reads from the iterator's internal slots and Boa does not expose. Map/Set's `entries`, `keys`,
//! `values` and `@@iterator` (same functions, names and identities as before) note each iterator's kind; the
//! first preview reads the iterator's remaining items and gives that one iterator a prototype whose `next`
//! replays them, so ordinary iteration never runs extra code. Known gap: an iterator already previewed does
//! not see entries added to its collection afterwards.
(function (internal) {
  'use strict';
  const kinds = new WeakMap(); // iterator -> { kind: 'entries' | 'keys' | 'values', family }
  const replays = new WeakMap(); // previewed iterator -> { items, next: index }

  // A family: the native iterator prototype's `next`, and the prototype a previewed iterator gets instead.
  function family(proto) {
    const nativeNext = proto.next;
    const replay = Object.create(proto);
    internal.hidden(replay, 'next', function next() {
      const r = replays.get(this);
      if (r === undefined) return nativeNext.call(this);
      if (r.next < r.items.length) return { value: r.items[r.next++], done: false };
      r.items.length = 0;
      return { value: undefined, done: true };
    });
    return { nativeNext, replay };
  }
  const mapFamily = family(Object.getPrototypeOf(new Map().entries()));
  const setFamily = family(Object.getPrototypeOf(new Set().values()));

  function wrapKind(proto, name, kind, fam) {
    const orig = proto[name];
    const known = { kind, family: fam };
    const fn = { [name]() {
      const it = orig.call(this);
      kinds.set(it, known);
      return it;
    } }[name];
    internal.hidden(proto, name, fn);
    return fn;
  }
  const mapEntries = wrapKind(Map.prototype, 'entries', 'entries', mapFamily);
  wrapKind(Map.prototype, 'keys', 'keys', mapFamily);
  wrapKind(Map.prototype, 'values', 'values', mapFamily);
  internal.hidden(Map.prototype, Symbol.iterator, mapEntries);
  wrapKind(Set.prototype, 'entries', 'entries', setFamily);
  const setValues = wrapKind(Set.prototype, 'values', 'values', setFamily);
  internal.hidden(Set.prototype, 'keys', setValues);
  internal.hidden(Set.prototype, Symbol.iterator, setValues);

  // `[entries, isKeyValue]` as V8's previewEntries gives it for a Map/Set iterator (entries flattened to
  // `[k1, v1, k2, v2...]` for an entries iterator), or undefined for anything else.
  internal.previewIterator = function previewIterator(it) {
    const known = kinds.get(it);
    if (known === undefined) return undefined;
    let r = replays.get(it);
    if (r === undefined) {
      const { nativeNext, replay } = known.family;
      r = { items: [], next: 0 };
      for (let step = nativeNext.call(it); !step.done; step = nativeNext.call(it)) r.items.push(step.value);
      replays.set(it, r);
      Object.setPrototypeOf(it, replay);
    }
    const rest = r.items.slice(r.next);
    if (known.kind !== 'entries') return [rest, false];
    const flat = [];
    for (const pair of rest) flat.push(pair[0], pair[1]);
    return [flat, true];
  };
})
