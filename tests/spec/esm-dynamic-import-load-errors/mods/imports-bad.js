import "./bad-token.js";
