//! node:perf_hooks on the virtual clock: performance.mark/measure/getEntries*/clear*, timerify,
//! eventLoopUtilization (idle = time the poll phase waited), nodeTiming, PerformanceObserver (delivered in a
//! setImmediate batch, as node does), createHistogram and monitorEventLoopDelay (an unref'd timer every
//! `resolution` ms recording the real interval between its ticks, in ns, as node's libuv timer does).
(function (internal) {
  'use strict';
  const host = internal.host;
  const errors = internal.errors;
  const performance = internal.performance;
  // Installed on `performance` by bootstrap.js as lazy accessors (this file is parsed on first use).
  const methods = {};
  internal.perfMethods = methods;
  const kMaxEntries = 1e6;

  // ---- entries: node's fields are private, read through prototype getters, and inspect as `Class { ... }` ----
  const entryData = new WeakMap();
  const kCreate = Symbol('kCreate');
  const illegal = () => errors.withCode(new TypeError('Illegal constructor'), 'ERR_ILLEGAL_CONSTRUCTOR');
  const missing = (name) => errors.withCode(new TypeError(`The "${name}" argument must be specified`), 'ERR_MISSING_ARGS');
  class PerformanceEntry {
    constructor(token, name, type, start, duration, detail) {
      if (token !== kCreate) throw illegal();
      entryData.set(this, { name, type, start, duration, detail });
    }
    get name() { return entryData.get(this).name; }
    get entryType() { return entryData.get(this).type; }
    get startTime() { return entryData.get(this).start; }
    get duration() { return entryData.get(this).duration; }
    toJSON() { return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration }; }
    [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
      if (depth < 0) return this;
      const opts = Object.assign({}, options, { depth: options.depth == null ? null : options.depth - 1 });
      return `${this.constructor.name} ${inspect(this.toJSON(), opts)}`;
    }
  }
  // The entries with a `detail` (marks, measures, timerified calls).
  const withDetail = (Base) => class extends Base {
    get detail() { return entryData.get(this).detail; }
    toJSON() { return Object.assign(super.toJSON(), { detail: this.detail }); }
  };
  class PerformanceMark extends withDetail(PerformanceEntry) {
    constructor(name, options = {}) {
      if (arguments.length === 0) throw missing('name');
      name = `${name}`;
      if (options === null || typeof options !== 'object') throw errors.invalidArgType('options', 'object', options);
      const start = options.startTime === undefined || options.startTime === null ? host.now() : options.startTime;
      if (typeof start !== 'number') throw errors.invalidArgType('startTime', 'number', start);
      if (start < 0) throw errors.withCode(new TypeError(`${start} is not a valid timestamp`), 'ERR_PERFORMANCE_INVALID_TIMESTAMP');
      const detail = options.detail === undefined || options.detail === null ? null : internal.structuredClone(options.detail);
      super(kCreate, name, 'mark', start, 0, detail);
    }
  }
  class PerformanceMeasure extends withDetail(PerformanceEntry) {
    constructor(token, ...args) {
      if (token !== kCreate) throw illegal();
      super(kCreate, ...args);
    }
  }
  class PerformanceNodeEntry extends withDetail(PerformanceEntry) {}
  // The detail/toJSON pair is each class's own, as in node (the mixin's prototype is folded into it).
  for (const C of [PerformanceMark, PerformanceMeasure, PerformanceNodeEntry]) {
    const mixin = Object.getPrototypeOf(C.prototype);
    for (const key of ['detail', 'toJSON']) Object.defineProperty(C.prototype, key, Object.getOwnPropertyDescriptor(mixin, key));
    Object.setPrototypeOf(C.prototype, PerformanceEntry.prototype);
    Object.setPrototypeOf(C, PerformanceEntry);
  }
  const buffer = { mark: [], measure: [], function: [] };

  function markTime(name, what) {
    if (name === undefined) return undefined;
    if (typeof name === 'number') return name;
    const marks = buffer.mark.filter((m) => m.name === name);
    if (marks.length === 0) {
      // Made by node's usertiming code: its frames (not `new DOMException`) above the caller's, and its line.
      const err = new internal.web.DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
      try {
        const lines = String(err.stack).split('\n').filter((l) => !l.startsWith('    at new DOMException ('));
        const k = lines.findIndex((l) => l.startsWith('    at '));
        lines.splice(k < 0 ? lines.length : k, 0, '    at getMark (node:internal/perf/usertiming:65:11)',
          '    at calculateStartDuration (node:internal/perf/usertiming:212:13)',
          '    at measure (node:internal/perf/usertiming:230:7)',
          '    at Performance.measure (node:internal/perf/performance:134:12)');
        const limit = typeof Error.stackTraceLimit === 'number' ? Error.stackTraceLimit : 10;
        const head = k < 0 ? lines.length - 4 : k;
        internal.setStack(err, lines.slice(0, head + limit).join('\n'));
      } catch { /* keep the plain stack */ }
      throw internal.errors.withArrow(err, 'node:internal/perf/usertiming:65\n    throw lazyDOMException(`The "${name}" performance mark has not been set`, \'SyntaxError\');\n    ^\n');
    }
    void what;
    return marks[marks.length - 1].startTime;
  }
  function record(entry) {
    const list = buffer[entry.entryType];
    if (list && list.length < kMaxEntries) list.push(entry);
    for (const obs of observers) obs._maybeQueue(entry);
  }
  methods.mark = function mark(...args) {
    const m = new PerformanceMark(...args);
    record(m);
    return m;
  };
  // node's calculateStartDuration (lib/internal/perf/usertiming.js), its checks and order included.
  const invalidOptions = (msg) => errors.withCode(new TypeError(msg), 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS');
  const getMark = (name, what) => {
    if (typeof name === 'number' && name < 0) {
      throw errors.withCode(new TypeError(`${name} is not a valid timestamp`), 'ERR_PERFORMANCE_INVALID_TIMESTAMP');
    }
    return markTime(name, what);
  };
  methods.measure = function measure(name, startOrOptions, endMark) {
    if (arguments.length === 0) throw missing('name');
    if (startOrOptions === undefined || startOrOptions === null) startOrOptions = 0;
    let start;
    let end;
    let duration;
    let optionsValid = false;
    if (typeof startOrOptions === 'object') {
      ({ start, end, duration } = startOrOptions);
      optionsValid = start !== undefined || end !== undefined;
    }
    if (optionsValid) {
      if (endMark !== undefined) throw invalidOptions('endMark must not be specified');
      if (start !== undefined && end !== undefined && duration !== undefined) {
        throw invalidOptions('Must not have options.start, options.end, and options.duration specified');
      }
    }
    if (endMark !== undefined) end = getMark(endMark, 'end');
    else if (optionsValid && end !== undefined) end = getMark(end, 'end');
    else if (optionsValid && start !== undefined && duration !== undefined) end = getMark(start, 'start') + getMark(duration, 'duration');
    else end = host.now();
    if (typeof startOrOptions === 'string') start = getMark(startOrOptions, 'start');
    else if (optionsValid && start !== undefined) start = getMark(start, 'start');
    else if (optionsValid && duration !== undefined && end !== undefined) start = end - getMark(duration, 'duration');
    else start = 0;
    const detail = typeof startOrOptions === 'object' && startOrOptions.detail != null ? internal.structuredClone(startOrOptions.detail) : null;
    const m = new PerformanceMeasure(kCreate, String(name), 'measure', start, end - start, detail);
    record(m);
    return m;
  };
  function all() {
    return buffer.mark.concat(buffer.measure, buffer.function).sort((a, b) => a.startTime - b.startTime);
  }
  methods.getEntries = () => all();
  methods.getEntriesByName = (name, type) => all().filter((e) => e.name === name && (type === undefined || e.entryType === type));
  methods.getEntriesByType = (type) => (buffer[type] ? buffer[type].slice().sort((a, b) => a.startTime - b.startTime) : []);
  methods.clearMarks = (name) => { buffer.mark = name === undefined ? [] : buffer.mark.filter((m) => m.name !== name); };
  methods.clearMeasures = (name) => { buffer.measure = name === undefined ? [] : buffer.measure.filter((m) => m.name !== name); };
  methods.clearResourceTimings = () => {};
  methods.timerify = function timerify(fn) {
    if (typeof fn !== 'function') throw errors.invalidArgType('fn', 'function', fn);
    const timerified = function timerified(...args) {
      const start = host.now();
      const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
      const entry = new PerformanceNodeEntry(kCreate, fn.name, 'function', start, host.now() - start, args);
      record(entry);
      return result;
    };
    Object.defineProperty(timerified, 'name', { value: `timerified ${fn.name}` });
    Object.defineProperty(timerified, 'length', { value: fn.length });
    return timerified;
  };

  // ---- event-loop utilization and node timing (virtual clock) ----
  function loopTimes() {
    const [start, idle, now] = host.loopTimes();
    return { start: start < 0 ? -1 : start / 1e6, idle: idle / 1e6, now: now / 1e6 };
  }
  methods.eventLoopUtilization = function eventLoopUtilization(util1, util2) {
    const t = loopTimes();
    if (t.start < 0) return { idle: 0, active: 0, utilization: 0 };
    if (util2) {
      const idle = util1.idle - util2.idle;
      const active = util1.active - util2.active;
      return { idle, active, utilization: active / (idle + active) };
    }
    const idle = t.idle;
    const active = t.now - t.start - idle;
    if (!util1) return { idle, active, utilization: active / (idle + active) };
    const idleDelta = idle - util1.idle;
    const activeDelta = active - util1.active;
    return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
  };
  methods.nodeTiming = function nodeTiming() {
    const t = loopTimes();
    return {
      name: 'node', entryType: 'node', startTime: 0, duration: t.now,
      nodeStart: 0, v8Start: 0, environment: 0, bootstrapComplete: 0,
      loopStart: t.start, loopExit: -1, idleTime: t.idle,
    };
  };

  // ---- PerformanceObserver ----
  const observers = new Set();
  const pending = new Set();
  let dispatchQueued = false;
  function queueDispatch() {
    if (dispatchQueued) return;
    dispatchQueued = true;
    internal.timers.setImmediate(() => {
      dispatchQueued = false;
      const list = Array.from(pending);
      pending.clear();
      for (const obs of list) obs._dispatch();
    });
  }
  class PerformanceObserverEntryList {
    constructor(entries) { this._entries = entries.slice().sort((a, b) => a.startTime - b.startTime); }
    getEntries() { return this._entries.slice(); }
    getEntriesByType(type) { return this._entries.filter((e) => e.entryType === type); }
    getEntriesByName(name, type) { return this._entries.filter((e) => e.name === name && (type === undefined || e.entryType === type)); }
  }
  const SUPPORTED = ['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource'];
  class PerformanceObserver {
    constructor(callback) {
      if (typeof callback !== 'function') throw errors.invalidArgType('callback', 'function', callback);
      this._callback = callback;
      this._types = new Set();
      this._buffer = [];
    }
    static get supportedEntryTypes() { return SUPPORTED.slice(); }
    // node 20's observe(): one kind of observation per observer (entryTypes, or a single type with buffered).
    observe(options = {}) {
      if (options === null || typeof options !== 'object' || Array.isArray(options)) throw errors.invalidArgType('options', 'object', options);
      const { entryTypes, type, buffered } = { ...options };
      if (entryTypes === undefined && type === undefined) {
        throw errors.withCode(new TypeError('The "options.entryTypes" and "options.type" arguments must be specified'), 'ERR_MISSING_ARGS');
      }
      if (entryTypes != null && type != null) {
        throw errors.withCode(new TypeError(`The property 'options.entryTypes' options.entryTypes can not set with options.type together. Received ${internal.inspect(entryTypes)}`), 'ERR_INVALID_ARG_VALUE');
      }
      const invalidModification = (msg) => new internal.web.DOMException(msg, 'InvalidModificationError');
      if (this._kind === undefined) this._kind = type !== undefined ? 'single' : 'multiple';
      else if (this._kind === 'single' && entryTypes !== undefined) throw invalidModification('PerformanceObserver can not change to multiple observations');
      else if (this._kind === 'multiple' && type !== undefined) throw invalidModification('PerformanceObserver can not change to single observation');
      if (this._kind === 'multiple') {
        if (!Array.isArray(entryTypes)) throw errors.invalidArgType('options.entryTypes', 'string[]', entryTypes);
        this._types = new Set(entryTypes.filter((t) => SUPPORTED.includes(t)));
      } else {
        if (!SUPPORTED.includes(type)) return;
        this._types.add(type);
        if (buffered) for (const e of methods.getEntriesByType(type)) this._maybeQueue(e);
      }
      if (this._types.size) observers.add(this);
      else this.disconnect();
    }
    disconnect() {
      observers.delete(this);
      pending.delete(this);
      this._buffer = [];
    }
    takeRecords() {
      const list = this._buffer;
      this._buffer = [];
      return list;
    }
    _maybeQueue(entry) {
      if (!this._types.has(entry.entryType)) return;
      this._buffer.push(entry);
      pending.add(this);
      queueDispatch();
    }
    _dispatch() {
      const entries = this.takeRecords();
      if (entries.length === 0) return;
      this._callback(new PerformanceObserverEntryList(entries), this);
    }
  }

  // ---- histograms ----
  const kEmptyMin = 9223372036854776000;
  class Histogram {
    constructor() { this._values = []; this._exceeds = 0; }
    get count() { return this._values.length; }
    get min() { return this._values.length ? Math.min(...this._values) : kEmptyMin; }
    get max() { return this._values.length ? Math.max(...this._values) : 0; }
    get mean() {
      if (!this._values.length) return NaN;
      return this._values.reduce((a, b) => a + b, 0) / this._values.length;
    }
    get stddev() {
      if (!this._values.length) return NaN;
      const m = this.mean;
      return Math.sqrt(this._values.reduce((a, v) => a + (v - m) * (v - m), 0) / this._values.length);
    }
    get exceeds() { return this._exceeds; }
    percentile(p) {
      if (typeof p !== 'number') throw errors.invalidArgType('percentile', 'number', p);
      if (!(p > 0 && p <= 100)) throw errors.outOfRange('percentile', '> 0 && <= 100', p);
      if (!this._values.length) return 0;
      const sorted = this._values.slice().sort((a, b) => a - b);
      const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
      return sorted[i];
    }
    get percentiles() {
      const map = new Map();
      if (!this._values.length) { map.set(100, 0); return map; }
      for (const p of [0, 50, 75, 87.5, 93.75, 96.875, 98.4375, 99.21875, 100]) {
        map.set(p, p === 0 ? this.min : this.percentile(p));
      }
      return map;
    }
    reset() { this._values = []; this._exceeds = 0; }
    toJSON() {
      return { count: this.count, min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
        stddev: this.stddev, percentiles: Object.fromEntries(this.percentiles) };
    }
  }
  class RecordableHistogram extends Histogram {
    record(value) {
      if (typeof value !== 'number' && typeof value !== 'bigint') throw errors.invalidArgType('val', 'number or bigint', value);
      const v = Number(value);
      if (!(v >= 1)) throw errors.outOfRange('val', '>= 1 && <= 9007199254740991', value);
      this._values.push(v);
    }
    recordDelta() {
      const now = host.nowNs();
      if (this._prev !== undefined) this._values.push(Math.max(1, now - this._prev));
      this._prev = now;
    }
  }
  class IntervalHistogram extends Histogram {
    constructor(resolution) {
      super();
      this._resolution = resolution;
      this._timer = null;
    }
    enable() {
      if (this._timer) return false;
      this._prev = undefined;
      this._timer = internal.timers.setInterval(() => {
        const now = host.nowNs();
        if (this._prev !== undefined && now > this._prev) this._values.push(now - this._prev);
        this._prev = now;
      }, this._resolution);
      this._timer.unref();
      return true;
    }
    disable() {
      if (!this._timer) return false;
      internal.timers.clearInterval(this._timer);
      this._timer = null;
      return true;
    }
  }
  function createHistogram(options = {}) {
    void options;
    return new RecordableHistogram();
  }
  function monitorEventLoopDelay(options = {}) {
    if (options === null || typeof options !== 'object') throw errors.invalidArgType('options', 'Object', options);
    const { resolution = 10 } = options;
    if (typeof resolution !== 'number') throw errors.invalidArgType('options.resolution', 'number', resolution);
    if (!(resolution >= 1) || !Number.isInteger(resolution)) {
      throw errors.outOfRange('options.resolution', '>= 1 && <= 9007199254740991', resolution);
    }
    return new IntervalHistogram(resolution);
  }

  for (const C of [PerformanceMark, PerformanceMeasure, PerformanceObserver, PerformanceObserverEntryList]) {
    Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, writable: false, enumerable: false, configurable: true });
  }
  internal.modules.perf_hooks = {
    performance,
    PerformanceEntry,
    PerformanceMark,
    PerformanceMeasure,
    PerformanceObserver,
    PerformanceObserverEntryList,
    createHistogram,
    monitorEventLoopDelay,
    constants: {
      NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1, NODE_PERFORMANCE_GC_INCREMENTAL: 8,
      NODE_PERFORMANCE_GC_WEAKCB: 16, NODE_PERFORMANCE_GC_FLAGS_NO: 0, NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
      NODE_PERFORMANCE_GC_FLAGS_FORCED: 4, NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
      NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16, NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
      NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
    },
  };
  internal.PerformanceObserver = PerformanceObserver;
  internal.PerformanceEntry = PerformanceEntry;
  internal.PerformanceMark = PerformanceMark;
  internal.PerformanceMeasure = PerformanceMeasure;
})
