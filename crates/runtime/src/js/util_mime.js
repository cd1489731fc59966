//! node:util, part 7 of 8: MIMEType / MIMEParams (lib/internal/mime.js).
(function (internal) {
  'use strict';
  const shared = internal.utilShared;
  const {
    nodeError
  } = shared;
  // ---------------------------------------------------------------------------------------------------------
  // MIMEType / MIMEParams (lib/internal/mime.js).
  // ---------------------------------------------------------------------------------------------------------
  const NOT_HTTP_TOKEN_CODE_POINT = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/g;
  const NOT_HTTP_QUOTED_STRING_CODE_POINT = /[^\t\u0020-~\u0080-\u00FF]/g;
  const END_BEGINNING_WHITESPACE = /[^\r\n\t ]|$/;
  const START_ENDING_WHITESPACE = /[\r\n\t ]*$/;
  const EQUALS_SEMICOLON_OR_END = /[;=]|$/;
  const QUOTED_VALUE_PATTERN = /^(?:([\\]$)|[\\][\s\S]|[^"])*(?:(")|$)/u;
  // String.prototype.search without the regexp's lastIndex side effects.
  const search = (str, re) => {
    const copy = new RegExp(re.source, re.flags.replace('g', ''));
    return str.search(copy);
  };
  const toASCIILower = (str) => str.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const mimeSyntaxError = (production, str, invalidIndex) => nodeError(TypeError, 'ERR_INVALID_MIME_SYNTAX',
    `The MIME syntax for a ${production} in "${str}" is invalid` + (invalidIndex !== -1 ? ` at ${invalidIndex}` : ''));
  function parseTypeAndSubtype(str) {
    let position = search(str, END_BEGINNING_WHITESPACE);
    const typeEnd = str.indexOf('/', position);
    const trimmedType = typeEnd === -1 ? str.slice(position) : str.slice(position, typeEnd);
    const invalidTypeIndex = search(trimmedType, NOT_HTTP_TOKEN_CODE_POINT);
    if (trimmedType === '' || invalidTypeIndex !== -1 || typeEnd === -1) {
      throw mimeSyntaxError('type', str, invalidTypeIndex);
    }
    position = typeEnd + 1;
    const type = toASCIILower(trimmedType);
    const subtypeEnd = str.indexOf(';', position);
    const rawSubtype = subtypeEnd === -1 ? str.slice(position) : str.slice(position, subtypeEnd);
    position += rawSubtype.length;
    if (subtypeEnd !== -1) position += 1;
    const trimmedSubtype = rawSubtype.slice(0, search(rawSubtype, START_ENDING_WHITESPACE));
    const invalidSubtypeIndex = search(trimmedSubtype, NOT_HTTP_TOKEN_CODE_POINT);
    if (trimmedSubtype === '' || invalidSubtypeIndex !== -1) {
      throw mimeSyntaxError('subtype', str, invalidSubtypeIndex);
    }
    return [type, toASCIILower(trimmedSubtype), position];
  }
  function removeBackslashes(str) {
    let ret = '';
    let i;
    for (i = 0; i < str.length - 1; i++) {
      const c = str[i];
      if (c === '\\') {
        i++;
        ret += str[i];
      } else {
        ret += c;
      }
    }
    if (i === str.length - 1) ret += str[i];
    return ret;
  }
  const encodeMimeValue = (value) => {
    if (value.length === 0) return '""';
    if (search(value, NOT_HTTP_TOKEN_CODE_POINT) === -1) return value;
    return `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;
  };
  const kMimeData = Symbol('data');
  const kMimeString = Symbol('string');
  function mimeParamsParse(params) {
    if (params[kMimeString] === null) return;
    const paramsMap = params[kMimeData];
    let position = 0;
    const str = params[kMimeString];
    const endOfSource = search(str.slice(position), START_ENDING_WHITESPACE) + position;
    while (position < endOfSource) {
      position += search(str.slice(position), END_BEGINNING_WHITESPACE);
      const afterParameterName = search(str.slice(position), EQUALS_SEMICOLON_OR_END) + position;
      const parameterString = toASCIILower(str.slice(position, afterParameterName));
      position = afterParameterName;
      if (position < endOfSource) {
        const char = str.charAt(position);
        position += 1;
        if (char === ';') continue;
      }
      if (position >= endOfSource) break;
      const char = str.charAt(position);
      let parameterValue = null;
      if (char === '"') {
        position += 1;
        const insideMatch = QUOTED_VALUE_PATTERN.exec(str.slice(position));
        position += insideMatch[0].length;
        const inside = insideMatch[1] || insideMatch[2] ? insideMatch[0].slice(0, -1) : insideMatch[0];
        parameterValue = removeBackslashes(inside);
        if (insideMatch[1]) parameterValue += '\\';
      } else {
        const valueEnd = str.indexOf(';', position);
        const rawValue = valueEnd === -1 ? str.slice(position) : str.slice(position, valueEnd);
        position += rawValue.length;
        const trimmedValue = rawValue.slice(0, search(rawValue, START_ENDING_WHITESPACE));
        if (trimmedValue === '') continue;
        parameterValue = trimmedValue;
      }
      if (parameterString !== '' && search(parameterString, NOT_HTTP_TOKEN_CODE_POINT) === -1 &&
          search(parameterValue, NOT_HTTP_QUOTED_STRING_CODE_POINT) === -1 && paramsMap.has(parameterString) === false) {
        paramsMap.set(parameterString, parameterValue);
      }
      position++;
    }
    params[kMimeString] = null;
  }
  class MIMEParams {
    constructor() {
      Object.defineProperty(this, kMimeData, { value: new Map(), writable: true });
      Object.defineProperty(this, kMimeString, { value: null, writable: true });
    }
    delete(name) {
      mimeParamsParse(this);
      this[kMimeData].delete(name);
    }
    get(name) {
      mimeParamsParse(this);
      const data = this[kMimeData];
      return data.has(name) ? data.get(name) : null;
    }
    has(name) {
      mimeParamsParse(this);
      return this[kMimeData].has(name);
    }
    set(name, value) {
      mimeParamsParse(this);
      name = `${name}`;
      value = `${value}`;
      const invalidNameIndex = search(name, NOT_HTTP_TOKEN_CODE_POINT);
      if (name.length === 0 || invalidNameIndex !== -1) throw mimeSyntaxError('parameter name', name, invalidNameIndex);
      const invalidValueIndex = search(value, NOT_HTTP_QUOTED_STRING_CODE_POINT);
      if (invalidValueIndex !== -1) throw mimeSyntaxError('parameter value', value, invalidValueIndex);
      this[kMimeData].set(name, value);
    }
    *entries() {
      mimeParamsParse(this);
      yield* this[kMimeData].entries();
    }
    *keys() {
      mimeParamsParse(this);
      yield* this[kMimeData].keys();
    }
    *values() {
      mimeParamsParse(this);
      yield* this[kMimeData].values();
    }
    toString() {
      mimeParamsParse(this);
      let ret = '';
      for (const [key, value] of this[kMimeData]) {
        if (ret.length) ret += ';';
        ret += `${key}=${encodeMimeValue(value)}`;
      }
      return ret;
    }
  }
  Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
    configurable: true, value: MIMEParams.prototype.entries, writable: true,
  });
  Object.defineProperty(MIMEParams.prototype, 'toJSON', {
    configurable: true, value: MIMEParams.prototype.toString, writable: true,
  });
  const kMimeType = Symbol('type');
  const kMimeSubtype = Symbol('subtype');
  const kMimeParams = Symbol('parameters');
  class MIMEType {
    constructor(string) {
      string = `${string}`;
      let data;
      try {
        data = parseTypeAndSubtype(string);
      } catch (e) {
        // node's frames and header: thrown in parseTypeAndSubtype (the type's check, else the subtype's).
        const [line, what] = e.message.includes('for a type') ? [51, "'type', str, invalidTypeIndex"] : [73, "'subtype', str, invalidSubtypeIndex"];
        internal.errors.nodeFrames(e, `parseTypeAndSubtype (node:internal/mime:${line}:11)`, 'new MIMEType (node:internal/mime:332:18)');
        throw internal.errors.withArrow(e, `node:internal/mime:${line}\n    throw new ERR_INVALID_MIME_SYNTAX(${what});\n    ^\n`);
      }
      const params = new MIMEParams();
      params[kMimeString] = string.slice(data[2]);
      Object.defineProperty(this, kMimeType, { value: data[0], writable: true });
      Object.defineProperty(this, kMimeSubtype, { value: data[1], writable: true });
      Object.defineProperty(this, kMimeParams, { value: params });
    }
    get type() { return this[kMimeType]; }
    set type(v) {
      v = `${v}`;
      const invalidTypeIndex = search(v, NOT_HTTP_TOKEN_CODE_POINT);
      if (v.length === 0 || invalidTypeIndex !== -1) throw mimeSyntaxError('type', v, invalidTypeIndex);
      this[kMimeType] = toASCIILower(v);
    }
    get subtype() { return this[kMimeSubtype]; }
    set subtype(v) {
      v = `${v}`;
      const invalidSubtypeIndex = search(v, NOT_HTTP_TOKEN_CODE_POINT);
      if (v.length === 0 || invalidSubtypeIndex !== -1) throw mimeSyntaxError('subtype', v, invalidSubtypeIndex);
      this[kMimeSubtype] = toASCIILower(v);
    }
    get essence() { return `${this[kMimeType]}/${this[kMimeSubtype]}`; }
    get params() { return this[kMimeParams]; }
    toString() {
      let ret = `${this[kMimeType]}/${this[kMimeSubtype]}`;
      const paramStr = MIMEParams.prototype.toString.call(this[kMimeParams]);
      if (paramStr.length) ret += `;${paramStr}`;
      return ret;
    }
  }
  Object.defineProperty(MIMEType.prototype, 'toJSON', {
    configurable: true, value: MIMEType.prototype.toString, writable: true,
  });


  Object.assign(shared, {
    MIMEParams, MIMEType
  });
})
