// drive `factdesk mcp` with odd JSON-RPC; print each response briefly and whether the server is still alive
const { spawn } = require('child_process');
const p = spawn(process.execPath, [process.argv[2], 'mcp'], { cwd: '/tmp/probe10/clean-mcp' });
let buf = '';
const out = [];
p.stdout.on('data', (d) => {
  buf += d;
  let i;
  while ((i = buf.indexOf('\n')) >= 0) {
    out.push(buf.slice(0, i));
    buf = buf.slice(i + 1);
  }
});
let err = '';
p.stderr.on('data', (d) => (err += d));
p.on('exit', (c, s) => {
  console.log('EXIT', c, s, 'after msg', k, err.slice(0, 300));
  out.forEach((l) => console.log(l.slice(0, 260)));
});
p.stdin.on('error', (e) => console.log('STDIN ERR', e.code, 'after msg', k));
const send = (o) => p.stdin.write((typeof o === 'string' ? o : JSON.stringify(o)) + '\n');
const init = {
  jsonrpc: '2.0',
  id: 0,
  method: 'initialize',
  params: { protocolVersion: '2025-03-26', capabilities: {}, clientInfo: { name: 't', version: '1' } },
};
const call = (id, name, args) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } });
const msgs = [
  init,
  { jsonrpc: '2.0', method: 'notifications/initialized' },
  'not json',
  '{"jsonrpc":"2.0","id":',
  '[]',
  '{}',
  '{"jsonrpc":"2.0","id":1}',
  call(2, 'check_draft', { text: 'The H200 has 96 GB of memory.' }),
  call(3, 'check_draft', { text: 42 }),
  call(4, 'check_draft', {}),
  call(5, 'check_draft', { text: 'The H200 has 96 GB of memory.', asOf: '2025-02-30' }),
  call(6, 'check_draft', { text: 'The H200 has 96 GB of memory.', asOf: '0000-01-01' }),
  call(7, 'explain_entity', { name: '__proto__' }),
  call(8, 'explain_entity', { entity: '__proto__' }),
  call(9, 'lookup_fact', { id: 'constructor' }),
  call(10, 'lookup_fact', { fact: '__proto__' }),
  call(11, 'nope', {}),
  call(12, 'record_coverage', { x: 1 }),
  call(13, 'check_draft', { text: 'x'.repeat(30 * 1024 * 1024) }),
  call(14, 'check_draft', { text: 'The H200 has 96 GB of memory.' }),
  '{"jsonrpc":"2.0","id":15,"method":"tools/call","params":' + '['.repeat(100000) + ']'.repeat(100000) + '}',
  call(16, 'check_draft', { text: 'The H200 has 96 GB of memory.' }),
  { jsonrpc: '2.0', id: '__proto__', method: 'tools/list' },
  { jsonrpc: '2.0', id: 17, method: 'tools/list', params: { __proto__: { x: 1 } } },
  call(18, 'check_draft', { text: 'The H200 has 96 GB of memory.' }),
];
let k = 0;
const next = () => {
  if (k >= msgs.length) {
    setTimeout(() => {
      out.forEach((l) => console.log(l.slice(0, 260)));
      p.kill();
    }, 8000);
    return;
  }
  send(msgs[k++]);
  setTimeout(next, 300);
};
next();
