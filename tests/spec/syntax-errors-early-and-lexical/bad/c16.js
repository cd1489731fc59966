const express = require("events");
const express = require("path");
