// Code without semicolons: lines that start with a property read stay separate statements.
const o = { list: [1, 2], name: 'x', nested: { v: 1 } }
let n = 0
o.list.push(3)
o.nested.v += 1
n = o.list.length
o.name = o.name.toUpperCase()
;[4, 5].forEach((v) => o.list.push(v))
const f = function () { return o }
f().nested.v++
if (n) o.nested.w = 2
else o.nested.w = 3
for (const k of Object.keys(o)) o[k] && n++
console.log(o, n)
let a = o
a.list.length = 1
const s = `${o.name}`
s.length
console.log(a.list, s)
const empty = null
try {
  empty.x
} catch (e) { console.log(e.message) }
let und
und.y.z
