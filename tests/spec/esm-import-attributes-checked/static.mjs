import cfg from './config.json'; console.log(cfg);
