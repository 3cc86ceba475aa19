// Round-ten outside-in probe: shared helpers (run a CLI case, time it, check its output).
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const CLI = process.env.FD_CLI || '/work/wt-probe10/dist/cli.js';
const DIR = process.env.PROBE_DIR || '/tmp/probe10';
fs.mkdirSync(DIR, { recursive: true });
const results = [];
const CLAIM = 'The H200 has 96 GB of memory.';

function write(name, content) {
  const p = path.join(DIR, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

function run(args, opts = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd || DIR,
    input: opts.input,
    timeout: (opts.timeout || 60) * 1000,
    maxBuffer: 1 << 30,
    encoding: 'buffer',
    env: { ...process.env, ...(opts.env || {}) },
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const stdout = r.stdout ? r.stdout.toString('utf8') : '';
  const stderr = r.stderr ? r.stderr.toString('utf8') : '';
  return { rc: r.status, signal: r.signal, timedOut: r.error && r.error.code === 'ETIMEDOUT', ms, stdout, stderr };
}

function shell(cmd, opts = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('bash', ['-c', cmd], {
    cwd: opts.cwd || DIR,
    timeout: (opts.timeout || 60) * 1000,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  return {
    rc: r.status,
    ms: Number(process.hrtime.bigint() - t0) / 1e6,
    stdout: r.stdout || '',
    stderr: r.stderr || '',
  };
}

// raw control characters other than \n \t (and \r in CRLF) in a text stream
function rawControls(s) {
  const m = s.match(/[\x00-\x08\x0b-\x1f\x7f\x80-\x9f\u202a-\u202e\u2066-\u2069]/gu);
  return m ? [...new Set(m)].map((c) => 'U+' + c.codePointAt(0).toString(16).padStart(4, '0')) : [];
}
function jsonOk(s) {
  try {
    JSON.parse(s);
    return true;
  } catch (e) {
    return false;
  }
}
function jsonlOk(s) {
  return s.split('\n').filter(Boolean).every(jsonOk);
}
function stack(s) {
  return /\n\s+at .+:\d+:\d+\)?/.test(s) || /internal error/i.test(s);
}
function flagged(out, factId = 'h200.memory_capacity') {
  return out.includes(factId);
}

function record(c) {
  results.push(c);
  const line = `${c.id}\t${c.flag || 'ok'}\t${Math.round(c.ms || 0)}ms\trc=${c.rc}\t${c.note || ''}`;
  console.log(line);
  fs.appendFileSync(path.join(DIR, 'results.tsv'), line + '\n');
}
module.exports = { CLI, DIR, CLAIM, write, run, shell, rawControls, jsonOk, jsonlOk, stack, flagged, record, results };
