const f = function() { await 1 }
