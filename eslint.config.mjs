// ESLint (flat config): typescript-eslint's recommended rules, eslint-plugin-regexp's
// recommended rules with super-linear backtracking and moves as errors (reading a draft
// must be linear in its length, issue 15), and the layout rules of issue 16:
// fronts and tests import the engine through src/engine/index.ts only, and the engine
// imports neither `vscode` nor Node built-ins. Formatting is prettier's (`npm run format:check`, on the
// files .prettierignore does not leave out); on those files max-len holds comments and code to 120 too.
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'http', 'https', 'net', 'os', 'path', 'perf_hooks', 'process', 'readline', 'stream', 'tty', 'url', 'util', 'vm', 'worker_threads', 'zlib'];

/** Below src/engine/index.ts. The record schema is the one other public module: its zod values load lazily, so index.ts re-exports its types only. */
const ENGINE_INTERNALS = {
  regex: String.raw`(?:^|/)engine/(?!(?:index|record/schema)(?:\.ts)?$).+`,
  message: 'Import the engine through src/engine/index.ts (its public surface).',
};

/**
 * Unit tests of engine internals that import the module they test, each for a reason given here;
 * every other test (and every front) imports src/engine/index.ts. New tests import index.ts.
 */
const INTERNAL_UNIT_TESTS = [
  // findDates, findDatesInContext, dateMatches, formatDateLike: the date grammar tested alone, below any claim.
  'test/unit/engine/dates/dates.test.ts',
  // plainFrontMatter: the YAML-free reader is held to what the YAML parser reads (a property test).
  'test/unit/engine/segment/front-matter.test.ts',
  // placed, scanChunks, splitChunks: re-checking after an edit must equal a fresh check, chunk by chunk.
  'test/unit/engine/pipeline/incremental.test.ts',
  // MentionMatcher: name matching tested alone, without a claim to read.
  'test/unit/engine/mentions/matcher.test.ts',
  // hiddenInChunks: the per-chunk scan for invisible characters is held to invisibleInWords over the whole draft.
  'test/unit/engine/h9-speed.test.ts',
  // chunksAfterEdit, scanChunks: a chunk an edit only moves keeps what was scanned in it (the same objects).
  'test/unit/engine/h10-speed.test.ts',
  // allMatches: the exec loop the reader scans with is held to text.matchAll.
  'test/unit/engine/h11-speed.test.ts',
  // parseChunk, splitChunks, splitSentences, the plain-paragraph fast path: segmentation tested alone.
  'test/unit/engine/segment/segment.test.ts',
  'test/unit/engine/segment/plain.test.ts',
  // FRONT_MATTER: the hardening suite's generators build drafts with and without front matter.
  'test/unit/hardening/support.ts',
  // sentenceWindows, splitSentences: a crowded sentence's windows and a block quote's sentences tested alone.
  'test/unit/hardening/crowded.test.ts',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', '.vscode-test/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  // An eslint-disable comment that disables nothing is an error: every one left names a rule that fires there.
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    files: ['**/*.ts'],
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // The files prettier formats (package.json format:check, less .prettierignore): lines ≤ 120, comments too.
    files: [
      'src/engine/kinds/**/*.ts',
      'src/engine/record/units.ts',
      'src/engine/record/attributes.ts',
      'src/engine/engine.ts',
      'src/engine/pipeline/**/*.ts',
      'src/engine/segment/front-matter.ts',
      'src/engine/segment/quotes.ts',
      'src/engine/segment/tables.ts',
      'test/unit/engine/kinds/**/*.ts',
      'test/helpers/kind-tester.ts',
    ],
    ignores: ['src/engine/kinds/*/read.ts', 'src/engine/kinds/quantity/charge.ts', 'src/engine/kinds/table-cells.ts'],
    rules: {
      'max-len': ['error', { code: 120, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true }],
    },
  },
  {
    // Tests match terminal escapes on purpose (colour off, no injected control characters).
    files: ['test/**/*.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['src/engine/**', ...INTERNAL_UNIT_TESTS],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [ENGINE_INTERNALS] }] },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['vscode', ...NODE_BUILTINS].map((name) => ({ name, message: 'The engine runs anywhere: no vscode, no Node built-ins (inject what it needs).' })),
          patterns: [{ group: ['node:*'], message: 'The engine runs anywhere: no Node built-ins (inject what it needs).' }],
        },
      ],
    },
  },
);
