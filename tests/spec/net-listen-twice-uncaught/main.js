// listen() on a server already listening: node's ERR_SERVER_ALREADY_LISTEN, thrown from Server.listen.
const s=require('net').createServer(); s.listen(0);
s.listen(0);
