/**
 * `factdesk mcp`: a Model Context Protocol server over stdio (the official TypeScript SDK), so a writing
 * agent can check its text against the record. Offline and read-only: the tools read only the text they are
 * given and the record the CLI uses (bundled, plus `--pack` files and the current folder's workspace packs,
 * loaded once at start); nothing is written, fetched or sent, and no API key is involved.
 *
 * Tools (mcp-tools.ts computes the answers): check_draft, explain_entity, lookup_fact, record_coverage.
 * Each answers with structured content (and the same JSON as text, for clients without structured output).
 * Bad arguments come back as a tool error with a message (the SDK validates against the input schemas);
 * the server never exits on one. stdout carries only protocol messages; notes go to stderr.
 *
 * The SDK and zod are loaded only when the server starts (the SDK is dist/vendor/mcp-sdk.js, see
 * scripts/build-options.js), so `factdesk check` never parses them.
 */
import type * as McpModule from '@modelcontextprotocol/sdk/server/mcp.js';
import type * as StdioModule from '@modelcontextprotocol/sdk/server/stdio.js';
import type * as ZodModule from 'zod';
import { isCalendarDate, type Engine } from '../engine';
import { checkDraft, explainEntity, lookupFact, recordCoverage, ToolInputError } from './mcp-tools';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const mcpSdk = (): typeof McpModule => require('@modelcontextprotocol/sdk/server/mcp.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const stdioSdk = (): typeof StdioModule => require('@modelcontextprotocol/sdk/server/stdio.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const zod = (): typeof ZodModule => require('zod');

export interface McpOptions {
  engine: Engine;
  version: string;
  /** Pack files in use, as displayed. */
  packs: string[];
  /** "today" for drafts without a date (FACTDESK_TODAY pins it). */
  today: () => string;
}

const INSTRUCTIONS = `Fact Desk checks markdown drafts about AI chips and export controls (Nvidia H100/H200/H20/Blackwell, \
China, Huawei, DeepSeek, export rules) against a bundled, sourced, time-aware record. Offline: nothing you send \
leaves this machine. Use check_draft on your text (findings give the claim, the recorded value, the verdict and \
the sources); explain_entity for what the record says about a chip, company, rule or person at a date; \
lookup_fact for one fact with its sources and their quotes; record_coverage for what the record covers and how \
current it is. A claim the record does not hold is listed under notInRecord: unverified, not confirmed.`;

/** The tools on an McpServer (exported for tests that connect a client in memory). */
export function createMcpServer(opts: McpOptions): McpModule.McpServer {
  const { z } = zod();
  const { McpServer } = mcpSdk();
  const server = new McpServer(
    { name: 'factdesk', title: 'Fact Desk', version: opts.version },
    { instructions: INSTRUCTIONS },
  );
  const asOf = z
    .string()
    .refine((d) => isCalendarDate(d), { message: 'expected a date YYYY-MM-DD that is in the calendar' })
    .optional();
  const readOnly = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;
  const source = z.looseObject({
    title: z.string(),
    publisher: z.string(),
    url: z.string(),
    date: z.string().nullable(),
    tier: z.string(),
  });
  const record = z.looseObject({ version: z.string(), packs: z.array(z.string()) });

  /** Structured content plus the same JSON as text; a ToolInputError becomes a tool error, not a crash. */
  const answer = (compute: () => Record<string, unknown>) => {
    try {
      const data = compute();
      return { structuredContent: data, content: [{ type: 'text' as const, text: JSON.stringify(data) }] };
    } catch (e) {
      if (!(e instanceof ToolInputError))
        process.stderr.write(`factdesk mcp: internal error: ${(e as Error).message}\n`);
      return {
        isError: true,
        content: [
          {
            type: 'text' as const,
            text: e instanceof ToolInputError ? e.message : `internal error: ${(e as Error).message}`,
          },
        ],
      };
    }
  };

  server.registerTool(
    'check_draft',
    {
      title: 'Check a draft against the record',
      description:
        'Checks markdown text (a draft, a paragraph, one sentence) against the record. Returns each claim that differs ' +
        '(contradicted, outdated at the as-of date, or disputed between sources) with line/column (1-based), the ' +
        'recorded value, a fix, and the sources (publisher, URL, tier, the sentence quoted); claims about known ' +
        'entities the record holds no value for are listed under notInRecord. The as-of date is asOf, else the ' +
        "text's front-matter date:, else today.",
      inputSchema: {
        text: z.string().describe('The markdown text to check.'),
        asOf: asOf.describe('Judge time-dependent facts (export status, roles) at this date, YYYY-MM-DD.'),
        includeSupported: z.boolean().optional().describe('Also list the claims the record supports (default false).'),
      },
      outputSchema: {
        asOf: z.string(),
        asOfOrigin: z.enum(['option', 'front-matter', 'today']),
        record,
        refused: z.string().optional(),
        counts: z.object({
          contradicted: z.number(),
          outdated: z.number(),
          disputed: z.number(),
          supported: z.number(),
          notInRecord: z.number(),
        }),
        truncated: z
          .object({ findings: z.number(), notInRecord: z.number(), note: z.string() })
          .optional()
          .describe(
            'Set when the text held more than 1,000 findings or claims not in the record: how many are left out.',
          ),
        findings: z.array(
          z.looseObject({
            line: z.number(),
            column: z.number(),
            verdict: z.string(),
            severity: z.string(),
            claim: z.string(),
            recorded: z.string(),
            message: z.string(),
            factId: z.string(),
            sources: z.array(source),
          }),
        ),
        notInRecord: z.array(
          z.looseObject({
            line: z.number(),
            column: z.number(),
            claim: z.string(),
            entityId: z.string(),
            attribute: z.string(),
          }),
        ),
        notes: z.array(z.string()),
      },
      annotations: readOnly,
    },
    (args) => answer(() => checkDraft(opts.engine, args, opts.today(), opts.packs)),
  );

  server.registerTool(
    'explain_entity',
    {
      title: 'Explain an entity',
      description:
        "An entity's card at a date: specs with their sources and tiers, China export and import status at the date, " +
        'its timeline (events after the date apart), how current the record is, and the ids of its facts. The entity ' +
        'is a name, alias or id (H20, "Nvidia H200", huawei, BIS).',
      inputSchema: {
        entity: z.string().min(1).describe('A name, alias or record id.'),
        asOf: asOf.describe('The date to read statuses at, YYYY-MM-DD (default today).'),
      },
      outputSchema: {
        asOf: z.string(),
        record,
        entity: z.looseObject({ id: z.string(), name: z.string(), kind: z.string() }),
        card: z.looseObject({
          specs: z.array(z.looseObject({ label: z.string(), value: z.string(), sources: z.array(source) })),
        }),
        facts: z.array(z.looseObject({ id: z.string(), kind: z.string(), value: z.string() })),
      },
      annotations: readOnly,
    },
    (args) => answer(() => explainEntity(opts.engine, args, opts.today())),
  );

  server.registerTool(
    'lookup_fact',
    {
      title: 'Look up a fact with its sources',
      description:
        'One fact by its id (as findings and explain_entity give them), or the facts about an entity, optionally ' +
        'one attribute (memory_capacity, architecture, role…), "status", or an event type. Each fact has its value, ' +
        'validity dates, whether it holds at asOf, when a source last confirmed it, its sources (tier, quote) and ' +
        'any conflicting values other sources give.',
      inputSchema: {
        factId: z.string().min(1).optional().describe('A fact id, e.g. from a finding.'),
        entity: z.string().min(1).optional().describe('A name, alias or id, when no factId is given.'),
        attribute: z.string().min(1).optional().describe('With entity: only this attribute, "status" or event type.'),
        asOf: asOf.describe('Say whether each fact holds at this date, YYYY-MM-DD (default today).'),
      },
      outputSchema: {
        asOf: z.string(),
        record,
        facts: z.array(
          z.looseObject({
            id: z.string(),
            kind: z.string(),
            value: z.string(),
            confirmed: z.string(),
            validAtAsOf: z.boolean(),
            sources: z.array(source),
          }),
        ),
      },
      annotations: readOnly,
    },
    (args) => answer(() => lookupFact(opts.engine, args, opts.today())),
  );

  server.registerTool(
    'record_coverage',
    {
      title: 'What the record covers',
      description:
        'The record version and review date, the oldest and newest source confirmation, totals of entities, facts and ' +
        'sources (by tier), and every entity (optionally of one kind: chip, company, rule…) with its number of facts ' +
        'and newest confirmation.',
      inputSchema: { kind: z.string().min(1).optional().describe('Only entities of this kind.') },
      outputSchema: {
        record,
        currency: z.looseObject({ newestConfirmed: z.string().nullable(), oldestConfirmed: z.string().nullable() }),
        totals: z.looseObject({ entities: z.record(z.string(), z.number()), facts: z.record(z.string(), z.number()) }),
        entities: z.array(z.looseObject({ id: z.string(), name: z.string(), kind: z.string(), facts: z.number() })),
      },
      annotations: readOnly,
    },
    (args) => answer(() => recordCoverage(opts.engine, args, opts.packs)),
  );
  return server;
}

/** Serves the tools over stdio until the client closes the stream; resolves with the exit code. */
export async function serveMcp(opts: McpOptions): Promise<number> {
  const server = createMcpServer(opts);
  const { StdioServerTransport } = stdioSdk();
  const transport = new StdioServerTransport();
  // The client ends the session by closing our stdin (or the transport closes on a message past its buffer).
  const closed = new Promise<void>((resolve) => {
    server.server.onclose = resolve;
    process.stdin.once('end', resolve);
  });
  await server.connect(transport);
  // A message past the transport's buffer (10 MB) closes the transport: say so, and exit 2, never a silent 0.
  let failure: Error | undefined;
  const onerror = transport.onerror;
  transport.onerror = (e: Error) => {
    if (/exceeded maximum size/i.test(e.message)) failure ??= e;
    onerror?.(e);
  };
  process.stderr.write(
    `factdesk mcp: serving on stdio (record ${opts.engine.index.version}${opts.packs.length ? `, packs ${opts.packs.join(', ')}` : ''})\n`,
  );
  await closed;
  await server.close();
  if (failure) {
    process.stderr.write(
      `factdesk mcp: a message was over the ${Math.round(STDIO_MAX / (1024 * 1024))} MB a message may hold (${failure.message}); the session is closed\n`,
    );
    return 2;
  }
  return 0;
}

/** The SDK's stdio buffer (shared/stdio.js STDIO_DEFAULT_MAX_BUFFER_SIZE), for the message. */
const STDIO_MAX = 10 * 1024 * 1024;
