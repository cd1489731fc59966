//! The calls each function of a stream source file makes, by enclosing function and callee: shared by
//! record-node-frames.mjs (node's side) and build.mjs (the bundled package's side, located in the bundle).
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'package.json'));
const acorn = require('acorn');

// V8's debug name for a function node (`parent` is its parent AST node): its own name, the name it is bound to,
// or the member it is assigned to without `prototype` (`Writable.prototype.write = function` is `Writable.write`).
function nameOf(fn, parent) {
  if (fn.id) return fn.id.name;
  if (!parent) return '';
  if (parent.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return parent.id.name;
  if (parent.type === 'AssignmentExpression' && parent.right === fn) return memberName(parent.left);
  if ((parent.type === 'Property' || parent.type === 'MethodDefinition') && !parent.computed && parent.value === fn) {
    const key = parent.key.type === 'Identifier' ? parent.key.name : String(parent.key.value);
    return parent.kind === 'get' || parent.kind === 'set' ? `${parent.kind} ${key}` : key;
  }
  return '';
}
function memberName(node) {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && !node.computed) {
    const obj = memberName(node.object);
    const prop = node.property.name;
    if (!obj) return '';
    return prop === 'prototype' ? obj : `${obj}.${prop}`.replace(/\.prototype\./, '.');
  }
  return '';
}
// The callee's text with spacing removed, and the position V8 reports for the call (0-based offset).
function calleeOf(call, src) {
  const c = call.callee;
  const text = src.slice(c.start, c.end).replace(/\s+/g, '');
  if (call.type === 'NewExpression') {
    // build.mjs's THROW_SITES make `new ERR_X(` into `new (ERRORS.atSite(ERR_X, ...))(`: the same call.
    const site = c.type === 'CallExpression' && src.slice(c.callee.start, c.callee.end) === 'ERRORS.atSite' && c.arguments[0];
    return { text: `new ${site ? src.slice(site.start, site.end) : text}`, at: call.start };
  }
  if (c.type === 'MemberExpression' && !c.computed) return { text, at: c.property.start };
  if (c.type === 'Identifier') return { text, at: c.start };
  return null;
}
// Every call made directly by a function: [{ chain, fnName, callee, index, total, at, start }], `chain` the
// names of the enclosing functions from the outside in (anonymous ones as ''), `index` of `total` calls of that
// callee there, `at` where V8 places the call and `start` where its callee (or `new`) starts (0-based offsets).
export function calls(src) {
  const ast = acorn.parse(src, { ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true });
  const out = [];
  const counts = new Map();
  const walk = (node, parent, chain) => {
    if (!node || typeof node.type !== 'string') return;
    let inner = chain;
    if (/Function/.test(node.type)) inner = [...chain, nameOf(node, parent)];
    if ((node.type === 'CallExpression' || node.type === 'NewExpression') && inner.length) {
      const callee = calleeOf(node, src);
      if (callee) {
        const key = `${inner.join('/')}|${callee.text}`;
        const index = counts.get(key) || 0;
        counts.set(key, index + 1);
        out.push({ chain: inner.join('/'), fnName: inner[inner.length - 1], callee: callee.text, index, at: callee.at, start: node.type === 'NewExpression' ? node.start : node.callee.start, key });
      }
    }
    for (const k of Object.keys(node)) {
      if (k === 'type' || k === 'start' || k === 'end') continue;
      const v = node[k];
      if (Array.isArray(v)) for (const x of v) walk(x, node, inner);
      else if (v && typeof v.type === 'string') walk(v, node, inner);
    }
  };
  walk(ast, null, []);
  for (const c of out) c.total = counts.get(c.key);
  return out;
}
