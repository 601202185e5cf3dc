'use strict';
// Starts onbehalf-server on a fresh SQLite database in a temp folder (--seed demo, a free loopback
// port) and resolves with its base URL once it prints "listening on".
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

function startServer() {
  const bin = process.env.ONBEHALF_SERVER_BIN;
  if (!bin) throw new Error('ONBEHALF_SERVER_BIN must name the onbehalf-server binary');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onbehalf-contract-'));
  const child = spawn(bin, ['--listen', '127.0.0.1:0', '--database', `sqlite:${path.join(dir, 'market.sqlite')}`,
    '--seed', 'demo'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const ready = new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (m) resolve(m[1].replace(/\/$/, ''));
    });
    child.on('exit', (code) => reject(new Error(`onbehalf-server exited (${code}) before listening: ${stderr}`)));
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { ready, stop };
}

module.exports = { startServer };
