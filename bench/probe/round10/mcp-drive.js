const { spawn } = require('child_process');
const [, , cli, kind, sizeMB] = process.argv;
const p = spawn(process.execPath, [cli, 'mcp'], { cwd: '/tmp/probe10/clean-mcp' });
const t0 = Date.now();
let buf = '';
const ids = [];
p.stdout.on('data', (d) => {
  buf += d;
  let i;
  while ((i = buf.indexOf('\n')) >= 0) {
    const l = buf.slice(0, i);
    buf = buf.slice(i + 1);
    try {
      const j = JSON.parse(l);
      ids.push(
        j.id +
          '@' +
          (Date.now() - t0) +
          'ms:' +
          (j.error
            ? 'ERR ' + j.error.message.slice(0, 80)
            : j.result && j.result.isError
              ? 'isError ' + j.result.content[0].text.slice(0, 80)
              : 'ok'),
      );
    } catch {
      ids.push('nonjson');
    }
  }
});
let err = '';
p.stderr.on('data', (d) => (err += d));
p.stdin.on('error', (e) => {});

p.on('exit', (c, s) => {
  console.log(
    `${kind} ${sizeMB}MB: EXIT code=${c} sig=${s} after ${Date.now() - t0}ms responses=[${ids.join(', ')}] stderr=${JSON.stringify(err.slice(0, 300))}`,
  );
  process.exit(0);
});
const send = (o) => p.stdin.write((typeof o === 'string' ? o : JSON.stringify(o)) + '\n');
const call = (id, name, args) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } });
send({
  jsonrpc: '2.0',
  id: 0,
  method: 'initialize',
  params: { protocolVersion: '2025-03-26', capabilities: {}, clientInfo: { name: 't', version: '1' } },
});
send({ jsonrpc: '2.0', method: 'notifications/initialized' });
const n = Math.round(+sizeMB * 1024 * 1024);
if (kind === 'text')
  send(call(1, 'check_draft', { text: 'The H200 has 96 GB of memory.\n\n'.repeat(Math.ceil(n / 31)).slice(0, n) }));
if (kind === 'file') send(call(1, 'check_draft', { text: require('fs').readFileSync(process.env.FILE, 'utf8') }));
if (kind === 'junk') send('x'.repeat(n));
if (kind === 'nest')
  send('{"jsonrpc":"2.0","id":1,"method":"tools/call","params":' + '['.repeat(n) + ']'.repeat(n) + '}');
if (kind === 'pad')
  send(JSON.stringify(call(1, 'record_coverage', {})).replace('{"jsonrpc"', ' '.repeat(n) + '{"jsonrpc"'));
setTimeout(() => send(call(2, 'check_draft', { text: 'The H200 has 96 GB of memory.' })), 3000);
setTimeout(() => {
  console.log(
    `${kind} ${sizeMB}MB: alive after ${Date.now() - t0}ms responses=[${ids.join(', ')}] stderr=${JSON.stringify(err.slice(0, 200))}`,
  );
  p.kill();
}, +process.env.WAIT || 15000);
