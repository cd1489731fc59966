const ab = new ArrayBuffer(4);
try { structuredClone(ab, { transfer: [ab, ab] }); } catch (e) { console.log(e.name, e.message); }
try { structuredClone(1, { transfer: 'x' }); } catch (e) { console.log(e.name, e.code, e.message); }
try { structuredClone(1, { transfer: [{}] }); } catch (e) { console.log(e.name, e.message); }
structuredClone(ab, { transfer: [ab] });
try { structuredClone(ab); } catch (e) { console.log(e.name, e.message); }
