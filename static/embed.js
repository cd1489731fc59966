// Looplab embed script: turns every <pre data-looplab> on a course page into a runnable Looplab scenario in an iframe.
// Plain ES2018, no dependencies. Usage: <script src="https://HOST/embed.js"></script>; see static/course.html.
(function (root) {
  'use strict';

  var doc = typeof document !== 'undefined' ? document : null;
  if (root.Looplab && root.Looplab._loaded) return; // included twice

  var DEFAULT_TITLE = 'Looplab: runnable Node.js example';
  var DEFAULT_HEIGHT = 420;
  var MIN_HEIGHT = 120;
  var MAX_HEIGHT = 2000;

  // ---- share document encoding (the same format as crates/share: #v1.z.<base64url-nopad(deflate-raw(utf8 JSON))>)

  function compressionSupported() {
    if (typeof CompressionStream === 'undefined' || typeof TextEncoder === 'undefined') return false;
    try {
      new CompressionStream('deflate-raw'); // older browsers only know 'gzip' and 'deflate'
      return true;
    } catch (e) {
      return false;
    }
  }

  function base64url(bytes) {
    var bin = '';
    var CHUNK = 0x8000;
    for (var i = 0; i < bytes.length; i += CHUNK) {
      bin += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK));
    }
    return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function deflateRaw(bytes) {
    var cs = new CompressionStream('deflate-raw');
    var writer = cs.writable.getWriter();
    writer.write(bytes);
    writer.close();
    return new Response(cs.readable).arrayBuffer().then(function (buf) {
      return new Uint8Array(buf);
    });
  }

  // JSON text -> Promise of the fragment without '#': "v1.z.<payload>".
  function encode(json) {
    return deflateRaw(new TextEncoder().encode(json)).then(function (z) {
      return 'v1.z.' + base64url(z);
    });
  }

  // The share document JSON: {"v":1,"files":{file:code},"entry":file} + "stdin" if non-empty + "ui" if given.
  function docJson(code, file, stdin, panels, step) {
    var files = {};
    files[file] = code;
    var d = { v: 1, files: files, entry: file };
    if (stdin) d.stdin = stdin;
    if (panels || step != null) {
      var ui = {};
      if (panels) ui.panels = panels;
      if (step != null) ui.step = step;
      d.ui = ui;
    }
    return JSON.stringify(d);
  }

  // ---- reading a <pre data-looplab>

  function attr(el, name) {
    var v = el.getAttribute(name);
    return v == null ? null : String(v).trim();
  }

  function list(v) {
    if (v == null) return null;
    var items = v.split(',').map(function (s) { return s.trim(); }).filter(function (s) { return s; });
    return items.length ? items : null;
  }

  function nonNegInt(v) {
    if (v == null || !/^\d+$/.test(v)) return null;
    return parseInt(v, 10);
  }

  function clampHeight(h) {
    return Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, Math.round(h)));
  }

  function readOptions(pre) {
    var code = pre.textContent.replace(/^\r?\n/, '').replace(/\r?\n$/, '');
    var file = attr(pre, 'data-file') || '/main.js';
    if (file.charAt(0) !== '/') file = '/' + file; // virtual paths are absolute (a .mjs entry runs as ESM)
    var theme = attr(pre, 'data-theme');
    var controls = attr(pre, 'data-controls');
    var height = nonNegInt(attr(pre, 'data-height'));
    return {
      code: code,
      file: file,
      stdin: pre.getAttribute('data-stdin') || '',
      panels: list(attr(pre, 'data-panels')),
      theme: theme === 'light' || theme === 'dark' || theme === 'auto' ? theme : null,
      readonly: attr(pre, 'data-readonly') === '1',
      controls: controls === '0' ? '0' : list(controls),
      step: nonNegInt(attr(pre, 'data-step')),
      autoplay: attr(pre, 'data-autoplay') === '1',
      ctl: attr(pre, 'data-ctl') !== '0',
      height: height == null ? DEFAULT_HEIGHT : clampHeight(height),
      title: attr(pre, 'data-title') || DEFAULT_TITLE,
    };
  }

  function queryValue(v) {
    return encodeURIComponent(v).replace(/%2C/g, ',');
  }

  function iframeSrc(base, o, fragment) {
    var q = ['embed'];
    if (o.panels) q.push('panels=' + queryValue(o.panels.join(',')));
    if (o.theme) q.push('theme=' + o.theme);
    if (o.readonly) q.push('readonly=1');
    if (o.controls) q.push('controls=' + queryValue(o.controls === '0' ? '0' : o.controls.join(',')));
    if (o.step != null) q.push('step=' + o.step);
    if (o.autoplay) q.push('autoplay=1');
    if (o.ctl) q.push('ctl=1');
    return base + 'index.html?' + q.join('&') + '#' + fragment;
  }

  // ---- the page side

  var embeds = [];
  var frames = []; // frames[i] is the iframe inside embeds[i]
  var base = null;
  var baseOrigin = '*';

  function findBase() {
    var script = doc.currentScript;
    if (!script) {
      // Not run as a classic script (e.g. a module loader): fall back to the last embed.js on the page.
      var all = doc.querySelectorAll('script[src*="embed.js"]');
      script = all.length ? all[all.length - 1] : null;
    }
    var override = script && script.getAttribute('data-looplab-base');
    var b;
    try {
      if (override) {
        b = new URL(override, doc.baseURI).href;
        if (b.charAt(b.length - 1) !== '/') b += '/';
      } else if (script && script.src) {
        b = new URL('.', script.src).href;
      } else {
        b = new URL('.', doc.baseURI).href;
      }
    } catch (e) {
      b = './';
    }
    return b;
  }

  function unsupported(pre) {
    var note = doc.createElement('p');
    note.className = 'looplab-embed-unsupported';
    note.setAttribute('role', 'note');
    note.style.cssText = 'font:0.9em sans-serif;margin:0.25em 0 1em;color:#a15c00';
    note.textContent = 'Looplab cannot run this example here: this browser is too old ' +
      '(it lacks CompressionStream). The code is shown above.';
    pre.parentNode.insertBefore(note, pre.nextSibling);
  }

  function setup(pre) {
    if (pre.getAttribute('data-looplab-done') != null) return;
    pre.setAttribute('data-looplab-done', '');
    if (!compressionSupported()) {
      unsupported(pre);
      return;
    }
    var o = readOptions(pre);
    var wrapper = doc.createElement('div');
    wrapper.className = 'looplab-embed';
    var iframe = doc.createElement('iframe');
    iframe.setAttribute('title', o.title);
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('allow', 'clipboard-write');
    iframe.setAttribute('style', 'width:100%;height:' + o.height + 'px;border:1px solid #8884;border-radius:6px');
    wrapper.appendChild(iframe);
    wrapper.setAttribute('data-looplab-index', String(embeds.length));
    embeds.push(wrapper);
    frames.push(iframe);
    pre.parentNode.replaceChild(wrapper, pre);

    encode(docJson(o.code, o.file, o.stdin, o.panels, o.step)).then(function (fragment) {
      iframe.setAttribute('src', iframeSrc(base, o, fragment));
    }, function () {
      // Should not happen once CompressionStream exists; put the code back rather than show an empty frame.
      wrapper.removeChild(iframe);
      wrapper.appendChild(pre);
      unsupported(pre);
    });
  }

  function scan() {
    if (!doc) return;
    var pres = doc.querySelectorAll('pre[data-looplab]');
    for (var i = 0; i < pres.length; i++) setup(pres[i]);
  }

  function onMessage(event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.source !== 'looplab') return;
    if (baseOrigin !== '*' && event.origin !== baseOrigin) return;
    var index = -1;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow && frames[i].contentWindow === event.source) {
        index = i;
        break;
      }
    }
    if (index < 0) return;
    if (data.type === 'resize') {
      var h = Number(data.height);
      if (isFinite(h)) frames[index].style.height = clampHeight(h) + 'px';
      return;
    }
    var ev;
    try {
      ev = new CustomEvent('looplab:event', { detail: data, bubbles: true });
    } catch (e) {
      return;
    }
    embeds[index].dispatchEvent(ev);
  }

  // Host -> embed: {target:"looplab", type:"control", action, step?}. Returns false if there is no such embed yet.
  function control(index, action, step) {
    var iframe = frames[index];
    if (!iframe || !iframe.contentWindow) return false;
    var msg = { target: 'looplab', type: 'control', action: String(action) };
    if (step != null) msg.step = Number(step);
    iframe.contentWindow.postMessage(msg, baseOrigin);
    return true;
  }

  root.Looplab = {
    embeds: embeds,
    control: control,
    scan: scan,
    _encode: encode,
    _docJson: docJson,
    _loaded: true,
  };

  if (!doc) return; // loaded outside a browser (the node tests): only the encoder is wanted

  base = findBase();
  try {
    var origin = new URL(base).origin;
    baseOrigin = origin && origin !== 'null' ? origin : '*'; // file:// pages have an opaque origin
  } catch (e) {
    baseOrigin = '*';
  }
  root.addEventListener('message', onMessage);
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', scan);
  else scan();
})(typeof window !== 'undefined' ? window : this);
