/**
 * `factdesk mcp` as an agent uses it: the built dist/cli.js spawned as an MCP server, driven by the official
 * SDK's own client over stdio (initialize, list the tools, call each one, bad input). npm test builds first.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

interface ToolAnswer {
  isError?: boolean;
  content: { type: string; text?: string }[];
  structuredContent?: Record<string, unknown>;
}

// Loose views of the answers, for the assertions.
type Source = { title: string; publisher: string; url: string; tier: string; quote?: string };
type CheckOut = {
  asOf: string;
  asOfOrigin: string;
  record: { version: string };
  counts: Record<string, number>;
  findings: {
    line: number;
    column: number;
    verdict: string;
    factId: string;
    recorded: string;
    claim: string;
    sources: Source[];
    fix?: { newText: string };
  }[];
  notInRecord: unknown[];
};

describe('factdesk mcp (the SDK client over stdio)', function () {
  this.timeout(30000);
  let client: Client;
  let stderr = '';

  before(async function () {
    if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build (npm test does)');
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [CLI, 'mcp', '--no-workspace-packs'],
      cwd: ROOT,
      env: { ...(process.env as Record<string, string>), FACTDESK_TODAY: '2026-11-30' },
      stderr: 'pipe',
    });
    transport.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    client = new Client({ name: 'factdesk-test', version: '1.0.0' });
    await client.connect(transport);
  });

  after(async () => {
    await client?.close();
  });

  const call = async (name: string, args: Record<string, unknown>) =>
    (await client.callTool({ name, arguments: args })) as ToolAnswer;

  it('initializes as factdesk, offline instructions, and lists four read-only tools', async () => {
    assert.equal(client.getServerVersion()?.name, 'factdesk');
    assert.match(client.getInstructions() ?? '', /nothing you send leaves this machine/i);
    const { tools } = await client.listTools();
    assert.deepEqual(tools.map((t) => t.name).sort(), [
      'check_draft',
      'explain_entity',
      'lookup_fact',
      'record_coverage',
    ]);
    for (const t of tools) {
      assert.equal(t.annotations?.readOnlyHint, true, t.name);
      assert.equal(t.annotations?.openWorldHint, false, t.name);
      assert.ok(t.outputSchema, `${t.name} declares its structured output`);
    }
    const check = tools.find((t) => t.name === 'check_draft')!;
    assert.deepEqual(check.inputSchema.required, ['text']);
    assert.match(stderr, /factdesk mcp: serving on stdio/);
  });

  it('check_draft: findings as data, with the recorded value, a fix and sources with tiers and quotes', async () => {
    const r = await call('check_draft', {
      text: 'The H20 has 141 GB of memory.\n\nThe H200 has 141 GB of HBM3e memory.\n',
      asOf: '2025-06-01',
    });
    assert.equal(r.isError, undefined);
    const out = r.structuredContent as unknown as CheckOut;
    assert.equal(out.asOf, '2025-06-01');
    assert.equal(out.asOfOrigin, 'option');
    assert.match(out.record.version, /^0\.1\.0\+[0-9a-f]{8}$/);
    assert.equal(out.findings.length, 1, 'only the wrong claim is a finding (the H200 one is supported)');
    const [f] = out.findings;
    assert.equal(f!.verdict, 'contradicted');
    assert.equal(f!.factId, 'h20.memory_capacity');
    assert.equal(f!.recorded, '96 GB');
    assert.equal(f!.claim, '141 GB');
    assert.deepEqual([f!.line, f!.column], [1, 13]);
    assert.equal(f!.fix?.newText, '96 GB');
    assert.ok(f!.sources.length >= 1);
    for (const s of f!.sources) {
      assert.match(s.url, /^https:\/\//);
      assert.ok(['primary', 'major-press', 'named-outlet', 'weak'].includes(s.tier));
      assert.ok(s.quote && s.quote.length > 0, 'each source carries the sentence quoted');
    }
    assert.equal(out.counts.contradicted, 1);
    assert.equal(out.counts.supported, 2, 'the H200 memory: capacity and type');
    // The same answer as JSON text, for clients that read only text.
    assert.deepEqual(JSON.parse(r.content[0]!.text!), r.structuredContent);
  });

  it('check_draft: the front-matter date is the as-of date; includeSupported lists what the record confirms', async () => {
    const text = '---\ndate: 2024-03-01\n---\n\nThe H200 has 141 GB of HBM3e memory.\n';
    const out = (await call('check_draft', { text, includeSupported: true })).structuredContent as unknown as CheckOut;
    assert.equal(out.asOf, '2024-03-01');
    assert.equal(out.asOfOrigin, 'front-matter');
    assert.deepEqual(
      out.findings.map((f) => [f.verdict, f.factId, f.line]),
      [
        ['supported', 'h200.memory_capacity', 5],
        ['supported', 'h200.memory_type', 5],
      ],
    );
  });

  it('explain_entity: the card at a date, statuses and the fact ids', async () => {
    const r = await call('explain_entity', { entity: 'Nvidia H20', asOf: '2025-06-01' });
    const out = r.structuredContent as {
      entity: { id: string };
      card: { specs: { label: string; value: string }[]; chinaExportStatus?: { asOf: string; text: string } };
      facts: { id: string }[];
    };
    assert.equal(out.entity.id, 'nvidia-h20');
    assert.ok(out.card.specs.some((s) => s.label === 'Memory' && s.value === '96 GB'));
    assert.equal(out.card.chinaExportStatus?.asOf, '2025-06-01');
    assert.ok(out.facts.some((f) => f.id === 'h20.memory_capacity'));
  });

  it('lookup_fact: a fact by id, and an entity attribute, with sources and validity', async () => {
    const byId = (await call('lookup_fact', { factId: 'h20.memory_capacity' })).structuredContent as {
      facts: { id: string; value: string; validAtAsOf: boolean; sources: Source[] }[];
    };
    assert.equal(byId.facts.length, 1);
    assert.equal(byId.facts[0]!.value, '96 GB');
    assert.equal(byId.facts[0]!.validAtAsOf, true);
    assert.ok(byId.facts[0]!.sources.every((s) => s.quote));
    const statuses = (await call('lookup_fact', { entity: 'H20', attribute: 'status', asOf: '2025-06-01' }))
      .structuredContent as { facts: { kind: string; validAtAsOf: boolean }[] };
    assert.ok(statuses.facts.length >= 2 && statuses.facts.every((f) => f.kind === 'status'));
    assert.equal(statuses.facts.filter((f) => f.validAtAsOf).length >= 1, true);
  });

  it('record_coverage: totals, currency and the entities', async () => {
    const out = (await call('record_coverage', {})).structuredContent as {
      currency: { reviewed?: string; newestConfirmed: string };
      totals: { facts: Record<string, number> };
      entities: { id: string; kind: string; facts: number }[];
    };
    assert.match(out.currency.reviewed ?? '', /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(out.totals.facts.quantity! > 0 && out.totals.facts.status! > 0);
    assert.ok(out.entities.some((e) => e.id === 'nvidia-h20' && e.kind === 'chip' && e.facts > 0));
    const chips = (await call('record_coverage', { kind: 'chip' })).structuredContent as {
      entities: { kind: string }[];
    };
    assert.ok(chips.entities.length > 0 && chips.entities.every((e) => e.kind === 'chip'));
  });

  it('bad input is a tool error with a clear message, and the server keeps answering', async () => {
    const wrongType = await call('check_draft', { text: 42, asOf: '2025-02-30' });
    assert.equal(wrongType.isError, true);
    assert.match(wrongType.content[0]!.text!, /Input validation error.*text/s);
    assert.match(wrongType.content[0]!.text!, /YYYY-MM-DD that is in the calendar/);
    const unknown = await call('explain_entity', { entity: 'h2' });
    assert.equal(unknown.isError, true);
    assert.match(unknown.content[0]!.text!, /^no entity "h2" in the record; did you mean .*Nvidia H20 \(nvidia-h20\)/);
    const noFact = await call('lookup_fact', { factId: 'no.such-fact' });
    assert.match(noFact.content[0]!.text!, /^no fact "no\.such-fact" in the record/);
    const nothing = await call('lookup_fact', {});
    assert.match(nothing.content[0]!.text!, /give factId, or entity/);
    const noTool = await call('delete_everything', {});
    assert.equal(noTool.isError, true);
    assert.match(noTool.content[0]!.text!, /Tool delete_everything not found/);
    const still = (await call('lookup_fact', { factId: 'h20.memory_capacity' })).structuredContent as {
      facts: unknown[];
    };
    assert.equal(still.facts.length, 1);
  });
});

describe('factdesk mcp (command line)', () => {
  it('a file argument is bad usage (exit 2, one line), and check never loads the SDK', () => {
    const r = spawnSync(process.execPath, [CLI, 'mcp', 'draft.md'], { cwd: ROOT, encoding: 'utf8', input: '' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^factdesk: mcp: unexpected draft\.md/);
    assert.equal(r.stdout, '');
    // The SDK is its own vendor file, required only by `factdesk mcp`.
    const bundle = fs.readFileSync(path.join(ROOT, 'dist', 'cli-main.js'), 'utf8');
    assert.doesNotMatch(bundle, /class StdioServerTransport/);
    assert.match(bundle, /require\("\.\/vendor\/mcp-sdk\.js"\)/);
  });
});
