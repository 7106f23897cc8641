// A local Direct Line for the Web Chat end-to-end test: offline-directline's router on 127.0.0.1 and a free port.
// Usage: node directline.js http://127.0.0.1:PORT/api/messages   (prints DIRECTLINE_PORT=N once listening)
const express = require('express');
const { getRouter } = require('offline-directline');

// offline-directline's fetch has no catch: without this an unreachable bot kills the process.
process.on('unhandledRejection', (e) => console.error('offline-directline: ' + e));

const botUrl = process.argv[2];
if (!botUrl) {
  console.error('usage: node directline.js <bot /api/messages URL>');
  process.exit(2);
}

const app = express();
const server = app.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  app.use(getRouter(`http://127.0.0.1:${port}`, botUrl));
  console.log(`DIRECTLINE_PORT=${port}`);
});

// The test owns this process: it exits when the test closes stdin.
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
