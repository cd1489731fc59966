// How Headers, Response and Request print (undici's shapes).
const h = new Headers({ 'Content-Type': 'application/json', 'X-Id': '7' });
h.append('x-id', '8');
h.append('Set-Cookie', 'a=1');
h.append('Set-Cookie', 'b=2');
console.log(h);
console.log(new Headers());
console.log([...h], h.get('x-id'));
const res = new Response('{"ok":true}', { status: 201, headers: { 'content-type': 'application/json' } });
console.log(res);
console.log(new Response(null, { status: 204 }));
console.log(new Request('http://localhost:3000/api?x=1', { method: 'POST', body: 'hi' }));
console.log({ nested: { headers: new Headers({ a: '1' }) } });
res.json().then((body) => console.log(body, res.bodyUsed));
