//! node:fs' constants, Stats, BigIntStats and Dirent, and the encoding of the names readdir returns (split out of
//! fs.js for size; fs.js takes them from `internal.fsStats`).
(function (internal) {
  'use strict';
  const kType = Symbol('type');
  const constants = {
    __proto__: null,
    UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
    UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
    UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7, EXTENSIONLESS_FORMAT_JAVASCRIPT: 0,
    EXTENSIONLESS_FORMAT_WASM: 1, S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384,
    S_IFCHR: 8192, S_IFBLK: 24576, S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152, O_CREAT: 64, O_EXCL: 128,
    UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536, O_NOATIME: 262144,
    O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384, O_NONBLOCK: 2048, S_IRWXU: 448,
    S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7,
    S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1, F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, UV_FS_COPYFILE_EXCL: 1,
    COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4,
    COPYFILE_FICLONE_FORCE: 4,
  };

  // node's _checkModeProperty: a BigIntStats' mode is a bigint.
  const hasType = (mode, type) => (typeof mode === 'bigint' ? (mode & BigInt(constants.S_IFMT)) === BigInt(type)
    : (mode & constants.S_IFMT) === type);
  class StatsBase {
    isFile() { return hasType(this.mode, constants.S_IFREG); }
    isDirectory() { return hasType(this.mode, constants.S_IFDIR); }
    isSymbolicLink() { return hasType(this.mode, constants.S_IFLNK); }
    isBlockDevice() { return false; }
    isCharacterDevice() { return false; }
    isFIFO() { return false; }
    isSocket() { return false; }
  }
  class Stats extends StatsBase {
    constructor(a) {
      super();
      this.dev = a[0]; this.mode = a[1]; this.nlink = a[2]; this.uid = a[3]; this.gid = a[4]; this.rdev = a[5];
      this.blksize = a[6]; this.ino = a[7]; this.size = a[8]; this.blocks = a[9];
      this.atimeMs = a[10]; this.mtimeMs = a[11]; this.ctimeMs = a[12]; this.birthtimeMs = a[13];
      this.atime = new Date(Math.round(a[10])); this.mtime = new Date(Math.round(a[11]));
      this.ctime = new Date(Math.round(a[12])); this.birthtime = new Date(Math.round(a[13]));
    }
  }
  // `{ bigint: true }` stats: node's field order (all the *Ms, then the *Ns, then the dates).
  class BigIntStats extends StatsBase {
    constructor(a) {
      super();
      const keys = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks'];
      keys.forEach((k, i) => { this[k] = BigInt(a[i]); });
      const times = ['atime', 'mtime', 'ctime', 'birthtime'];
      times.forEach((k, i) => { this[`${k}Ms`] = BigInt(Math.floor(a[10 + i])); });
      times.forEach((k, i) => { this[`${k}Ns`] = BigInt(Math.floor(a[10 + i] * 1e6)); });
      times.forEach((k, i) => { this[k] = new Date(Math.round(a[10 + i])); });
    }
  }
  const bigStats = (a) => new BigIntStats(a);
  class Dirent {
    constructor(name, type, path) {
      this.name = name;
      this.parentPath = path;
      this.path = path;
      this[kType] = type;
    }
    isFile() { return this[kType] === 1; }
    isDirectory() { return this[kType] === 2; }
    isSymbolicLink() { return this[kType] === 3; }
    isBlockDevice() { return false; }
    isCharacterDevice() { return false; }
    isFIFO() { return false; }
    isSocket() { return false; }
  }
  const TYPE = { f: 1, d: 2, l: 3 };
  function makeStats(a, options) { return options && options.bigint ? bigStats(a) : new Stats(a); }
  function makeEntries(list, options, dirPath) {
    if (options.withFileTypes) return list.map(([name, k]) => new Dirent(encodeName(name, options.encoding), TYPE[k], dirPath));
    return list.map(([name]) => encodeName(name, options.encoding));
  }
  // A name in the `encoding` option's terms: a Buffer for 'buffer', the UTF-8 bytes as hex/latin1/base64...
  function encodeName(name, encoding) {
    if (encoding === 'buffer') return internal.Buffer.from(name);
    if (encoding && encoding !== 'utf8' && encoding !== 'utf-8' && internal.Buffer.isEncoding(encoding)) {
      return internal.Buffer.from(name, 'utf8').toString(encoding);
    }
    return name;
  }

  internal.fsStats = { constants, Stats, Dirent, TYPE, makeStats, makeEntries, encodeName };
})
