//! The `FormData` global, as node 20's undici defines it: ordered entries of a name and a string or File value
//! (a Blob becomes a File named 'blob'), append/set/get/getAll/has/delete, iteration, and undici's inspect
//! output (`FormData { name: 'Ada', tags: [ 'a', 'b' ] }`). Parsed on first use of the global (bootstrap.js).
//! Not done: FormData as a fetch body (multipart encoding).
(function (internal) {
  'use strict';
  const { Blob, File } = internal.webStreams;
  const inspect = internal.inspect;

  function required(method, n, got) {
    if (got < n) {
      throw new TypeError(`FormData.${method}: ${n} argument${n > 1 ? 's' : ''} required, but${got ? ' only' : ''} ${got} found.`);
    }
  }
  // undici's makeEntry: strings as USVStrings; a Blob (or a File given a new name) wrapped in a File.
  function makeEntry(name, value, filename) {
    if (!(value instanceof Blob)) return [String(name).toWellFormed(), String(value).toWellFormed()];
    if (!(value instanceof File) || filename !== undefined) {
      const fileName = filename !== undefined ? String(filename) : value instanceof File ? value.name : 'blob';
      const options = { type: value.type };
      if (value instanceof File) options.lastModified = value.lastModified;
      value = new File([value], fileName, options);
    }
    return [String(name).toWellFormed(), value];
  }
  function checkBlobArgument(method, value, count) {
    if (count > 2 && !(value instanceof Blob)) {
      throw new TypeError(`Failed to execute '${method}' on 'FormData': parameter 2 is not of type 'Blob'`);
    }
  }

  class FormData {
    #entries = [];

    constructor(form) {
      if (form !== undefined) throw new TypeError('FormData constructor: Argument 1 could not be converted to: undefined.');
    }

    append(name, value, filename = undefined) {
      required('append', 2, arguments.length);
      checkBlobArgument('append', value, arguments.length);
      this.#entries.push(makeEntry(name, value, filename));
    }

    delete(name) {
      required('delete', 1, arguments.length);
      const n = String(name);
      this.#entries = this.#entries.filter(([k]) => k !== n);
    }

    get(name) {
      required('get', 1, arguments.length);
      const n = String(name);
      const entry = this.#entries.find(([k]) => k === n);
      return entry === undefined ? null : entry[1];
    }

    getAll(name) {
      required('getAll', 1, arguments.length);
      const n = String(name);
      return this.#entries.filter(([k]) => k === n).map(([, v]) => v);
    }

    has(name) {
      required('has', 1, arguments.length);
      const n = String(name);
      return this.#entries.some(([k]) => k === n);
    }

    set(name, value, filename = undefined) {
      required('set', 2, arguments.length);
      checkBlobArgument('set', value, arguments.length);
      const entry = makeEntry(name, value, filename);
      const i = this.#entries.findIndex(([k]) => k === entry[0]);
      if (i === -1) {
        this.#entries.push(entry);
        return;
      }
      // The first entry of that name takes the value; the others go.
      this.#entries = this.#entries.filter(([k], j) => j <= i || k !== entry[0]);
      this.#entries[i] = entry;
    }

    * entries() {
      for (let i = 0; i < this.#entries.length; i++) yield this.#entries[i].slice();
    }

    * keys() {
      for (const [k] of this.entries()) yield k;
    }

    * values() {
      for (const [, v] of this.entries()) yield v;
    }

    forEach(callback, thisArg = undefined) {
      required('forEach', 1, arguments.length);
      if (typeof callback !== 'function') {
        throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
      }
      for (const [k, v] of this) callback.call(thisArg, v, k, this);
    }

    // undici: the entries as an object (a name given twice: an array), shown without its null prototype.
    [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
      const state = { __proto__: null };
      for (const [k, v] of this.#entries) {
        if (state[k] === undefined) state[k] = v;
        else if (Array.isArray(state[k])) state[k].push(v);
        else state[k] = [state[k], v];
      }
      const output = inspect(state, { ...options, depth: options.depth ?? depth });
      return `FormData ${output.slice(output.indexOf(']') + 2)}`;
    }
  }
  Object.defineProperty(FormData.prototype, Symbol.iterator, { value: FormData.prototype.entries, writable: true, configurable: true });
  Object.defineProperty(FormData.prototype, Symbol.toStringTag, { value: 'FormData', configurable: true });
  for (const k of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'entries', 'keys', 'values', 'forEach']) {
    Object.defineProperty(FormData.prototype, k, { enumerable: true });
  }
  internal.FormData = FormData;
})
