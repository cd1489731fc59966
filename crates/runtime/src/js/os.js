//! node:os for Looplab's fixed virtual machine (linux/x64, 4 CPUs, 8 GiB, host "looplab"); same shape, function
//! names, Symbol.toPrimitive hooks and (Linux) constants as Node 20's lib/os.js.
(function (internal) {
  'use strict';
  const proc = () => internal.process || { env: {} };
  const env = () => proc().env || {};

  const GiB = 1024 * 1024 * 1024;
  const kCpuCount = 4;

  function nullProto(obj) {
    return Object.assign(Object.create(null), obj);
  }
  const constants = nullProto({
    UV_UDP_REUSEADDR: 4,
    dlopen: nullProto({ RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 }),
    errno: nullProto({
      E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11, EALREADY: 114,
      EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10, ECONNABORTED: 103, ECONNREFUSED: 111,
      ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89, EDOM: 33, EDQUOT: 122, EEXIST: 17, EFAULT: 14, EFBIG: 27,
      EHOSTUNREACH: 113, EIDRM: 43, EILSEQ: 84, EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106,
      EISDIR: 21, ELOOP: 40, EMFILE: 24, EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36,
      ENETDOWN: 100, ENETRESET: 102, ENETUNREACH: 101, ENFILE: 23, ENOBUFS: 105, ENODATA: 61, ENODEV: 19,
      ENOENT: 2, ENOEXEC: 8, ENOLCK: 37, ENOLINK: 67, ENOMEM: 12, ENOMSG: 42, ENOPROTOOPT: 92, ENOSPC: 28,
      ENOSR: 63, ENOSTR: 60, ENOSYS: 38, ENOTCONN: 107, ENOTDIR: 20, ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95,
      ENOTTY: 25, ENXIO: 6, EOPNOTSUPP: 95, EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93,
      EPROTOTYPE: 91, ERANGE: 34, EROFS: 30, ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62, ETIMEDOUT: 110,
      ETXTBSY: 26, EWOULDBLOCK: 11, EXDEV: 18,
    }),
    signals: nullProto({
      SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7, SIGFPE: 8,
      SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17,
      SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24,
      SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
    }),
    priority: nullProto({
      PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7,
      PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
    }),
  });

  function validateInt32(value, name, min = -2147483648, max = 2147483647) {
    if (typeof value !== 'number') throw internal.errors.invalidArgType(name, 'number', value);
    if (!Number.isInteger(value)) throw internal.errors.outOfRange(name, 'an integer', value);
    if (value < min || value > max) throw internal.errors.outOfRange(name, `>= ${min} && <= ${max}`, value);
  }

  function getAvailableParallelism() { return kCpuCount; }
  function getFreeMem() { return 4 * GiB; }
  function getTotalMem() { return 8 * GiB; }
  function getHomeDirectory() { return env().HOME || '/home/user'; }
  function getHostname() { return 'looplab'; }
  function getOSRelease() { return '6.0.0-looplab'; }
  function getOSType() { return 'Linux'; }
  function getOSVersion() { return '#1 SMP Looplab'; }
  function getMachine() { return 'x86_64'; }
  function getUptime() {
    const host = internal.host;
    if (host && typeof host.now === 'function') return Math.floor(host.now() / 10) / 100;
    return 0;
  }
  function arch() { return 'x64'; }
  function platform() { return 'linux'; }
  function endianness() { return 'LE'; }

  function tmpdir() {
    const e = env();
    let path = e.TMPDIR || e.TMP || e.TEMP || '/tmp';
    if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
    return path;
  }

  for (const fn of [getAvailableParallelism, getFreeMem, getTotalMem, getHomeDirectory, getHostname, getOSRelease,
    getOSType, getOSVersion, getMachine, getUptime, arch, platform, endianness, tmpdir]) {
    fn[Symbol.toPrimitive] = () => fn();
  }

  function loadavg() {
    return [0, 0, 0];
  }

  function cpus() {
    const result = [];
    for (let i = 0; i < kCpuCount; i++) {
      result.push({
        model: 'Looplab Virtual CPU',
        speed: 2400,
        times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 },
      });
    }
    return result;
  }

  function networkInterfaces() {
    return {
      lo: [
        {
          address: '127.0.0.1',
          netmask: '255.0.0.0',
          family: 'IPv4',
          mac: '00:00:00:00:00:00',
          internal: true,
          cidr: '127.0.0.1/8',
        },
        {
          address: '::1',
          netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
          family: 'IPv6',
          mac: '00:00:00:00:00:00',
          internal: true,
          cidr: '::1/128',
          scopeid: 0,
        },
      ],
    };
  }

  const priorities = new Map();
  function setPriority(pid, priority) {
    if (priority === undefined) {
      priority = pid;
      pid = 0;
    }
    validateInt32(pid, 'pid');
    validateInt32(priority, 'priority', -20, 19);
    priorities.set(pid, priority);
  }

  function getPriority(pid) {
    if (pid === undefined) pid = 0;
    else validateInt32(pid, 'pid');
    return priorities.has(pid) ? priorities.get(pid) : 0;
  }

  function userInfo(options) {
    if (typeof options !== 'object') options = null;
    const p = proc();
    const e = env();
    const uid = typeof p.getuid === 'function' ? p.getuid() : 1000;
    const gid = typeof p.getgid === 'function' ? p.getgid() : 1000;
    const user = nullProto({
      uid,
      gid,
      username: e.USER || 'user',
      homedir: getHomeDirectory(),
      shell: e.SHELL || '/bin/bash',
    });
    if (options && options.encoding === 'buffer' && internal.Buffer) {
      user.username = internal.Buffer.from(user.username);
      user.homedir = internal.Buffer.from(user.homedir);
      user.shell = internal.Buffer.from(user.shell);
    }
    return user;
  }

  const os = {
    arch,
    availableParallelism: getAvailableParallelism,
    cpus,
    endianness,
    freemem: getFreeMem,
    getPriority,
    homedir: getHomeDirectory,
    hostname: getHostname,
    loadavg,
    networkInterfaces,
    platform,
    release: getOSRelease,
    setPriority,
    tmpdir,
    totalmem: getTotalMem,
    type: getOSType,
    userInfo,
    uptime: getUptime,
    version: getOSVersion,
    machine: getMachine,
  };
  Object.defineProperties(os, {
    constants: { configurable: false, enumerable: true, writable: false, value: constants },
    EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
    devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
  });

  internal.modules.os = os;
})
