'use strict';
/**
 * Reads a V8 .cpuprofile (node --cpu-prof) of the bench's engine bundle and
 * says where the time under engine.check() goes: by stage (the innermost
 * engine function on the stack that marks a stage), by function (self time),
 * by function (inclusive) and by source file / package.
 */
const fs = require('node:fs');
const { moduleRanges } = require('./bundle');

/** Innermost match wins: compromise called from claim extraction counts as compromise. */
const STAGES = [
  {
    file: 'src/engine/segment/segment.ts',
    fn: /^(parseChunk|parseMarkdownChunk|plainParagraph|blankUrls)$/,
    stage: 'markdown parse (micromark + mdast + blanking)',
  },
  {
    file: 'src/engine/segment/segment.ts',
    fn: /^(scanChunks|splitChunks|overParseBudget|containerDepth)$/,
    stage: 'block split + parse budget',
  },
  { file: 'src/engine/segment/lines.ts', fn: /./, stage: 'line index (offset → line/character)' },
  { file: 'src/engine/engine.ts', fn: /^(frontMatterDate|asOfFor)$/, stage: 'front matter (YAML)' },
  { file: 'src/engine/engine.ts', fn: /^tableContexts$/, stage: 'table contexts' },
  {
    file: 'src/engine/segment/segment.ts',
    fn: /^(plainTable|commentThenParagraph|plainHeading|loneFencedCode|spaceEntities)$/,
    stage: 'markdown parse (micromark + mdast + blanking)',
  },
  { file: 'src/engine/segment/front-matter.ts', fn: /./, stage: 'front matter (YAML)' },
  { file: 'src/engine/pipeline/as-of.ts', fn: /./, stage: 'front matter (YAML)' },
  { file: 'src/engine/mentions/matcher.ts', fn: /./, stage: 'mention matching' },
  { file: 'src/engine/segment/sentences.ts', fn: /./, stage: 'sentence split' },
  { file: 'src/engine/dates/', fn: /./, stage: 'date finding' },
  {
    file: 'src/engine/nlp/nlp.ts',
    fn: /^(nlp|ensurePlugin|teachVocabulary)$/,
    stage: 'compromise: load + teach the lexicon (once per process)',
  },
  { file: 'src/engine/nlp/nlp.ts', fn: /./, stage: 'compromise (readSentence / numberFromWords)' },
  { file: 'src/engine/kinds/comparison.ts', fn: /./, stage: 'comparison' },
  { file: 'src/engine/kinds/quantity/compare.ts', fn: /./, stage: 'comparison' },
  { file: 'src/engine/kinds/category/compare.ts', fn: /./, stage: 'comparison' },
  { file: 'src/engine/kinds/event-date/compare.ts', fn: /./, stage: 'comparison' },
  { file: 'src/engine/kinds/status/compare.ts', fn: /./, stage: 'comparison' },
  { file: 'src/engine/kinds/', fn: /./, stage: 'claim extraction (regex patterns)' },
  { file: 'src/engine/engine.ts', fn: /^(quoteSpans|dedupeClaims)$/, stage: 'claim extraction (regex patterns)' },
  { file: 'src/engine/findings/invisible.ts', fn: /./, stage: 'invisible characters' },
  { file: 'src/engine/findings/', fn: /./, stage: 'findings (build, citations)' },
  { file: 'src/engine/pipeline/comparisons.ts', fn: /./, stage: 'findings (build, citations)' },
  { file: 'src/engine/pipeline/place.ts', fn: /./, stage: 'findings (build, citations)' },
  {
    file: 'src/engine/reading/normalize.ts',
    fn: /./,
    stage: 'reader: normalizeSentence (numbers in words, references)',
  },
  { file: 'src/engine/reading/constructions.ts', fn: /./, stage: 'reader: construction views' },
  { file: 'src/engine/reading/', fn: /./, stage: 'reader: views, mapping, settling (src/engine/reading/)' },
  { file: 'src/engine/pipeline/claims.ts', fn: /^(datesOf)$/, stage: 'date finding' },
  {
    file: 'src/engine/pipeline/claims.ts',
    fn: /./,
    stage: 'per-sentence glue (pipeline/claims.ts: contexts, windows)',
  },
  { file: 'src/engine/pipeline/chunks.ts', fn: /./, stage: 'block cache and per-block glue (pipeline/chunks.ts)' },
  {
    file: 'src/engine/pipeline/',
    fn: /./,
    stage: 'result assembly, edit diff (pipeline/result.ts, incremental.ts)',
  },
  { file: 'src/engine/engine.ts', fn: /^isAccepted$/, stage: 'findings (build, citations)' },
  { file: 'src/engine/record/record-index.ts', fn: /./, stage: 'record index look-ups' },
  { file: 'src/engine/engine.ts', fn: /^analyseSegment$/, stage: 'per-segment glue (analyseSegment)' },
  {
    file: 'src/engine/engine.ts',
    fn: /^(analyseChunk|chunkKey|placeChunks)$/,
    stage: 'block cache (key + lookup) and per-block glue',
  },
  {
    file: 'src/engine/engine.ts',
    fn: /^(chunksAfterEdit|commonPrefix|commonSuffix|chunkStartingAt)$/,
    stage: 'edit diff (re-use of the previous check)',
  },
  { file: 'src/engine/engine.ts', fn: /^placed$/, stage: 'result assembly (check)' },
  { file: 'src/engine/engine.ts', fn: /^check$/, stage: 'result assembly (check)' },
];

/**
 * wholeProcess: count every sample (a CLI run), not only those under check():
 * outside check() a sample is module loading, node's own work or the CLI's.
 * regionFn: count only checks called through a function of this name (the
 * profile worker's benchMeasured), so warm-up and setup checks do not.
 */
function analyseProfile(profileFile, bundleFile, { runs = 1, wholeProcess = false, regionFn } = {}) {
  const profile = JSON.parse(fs.readFileSync(profileFile, 'utf8'));
  const ranges = moduleRanges(bundleFile);
  const bundleUrl = require('node:url').pathToFileURL(bundleFile).href;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const fileOf = (cf) => {
    // A bundle compiled with vm.Script (the CLI's, see src/cli/start.ts) is named by its path, not a file URL.
    if (cf.url !== bundleUrl && cf.url !== bundleFile)
      return cf.url ? cf.url.replace(/^file:\/\//, '') : cf.functionName;
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ranges[mid].from <= cf.lineNumber) lo = mid;
      else hi = mid - 1;
    }
    return ranges[lo] && ranges[lo].from <= cf.lineNumber ? ranges[lo].file : 'engine bundle (runtime helpers)';
  };
  const pkgOf = (file) => {
    const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    return m ? m[1] : file;
  };
  const info = new Map();
  const nodeInfo = (id) => {
    let x = info.get(id);
    if (x) return x;
    const n = byId.get(id);
    const cf = n.callFrame;
    const file = fileOf(cf);
    const name = cf.functionName || '(anonymous)';
    // esbuild renames clashing identifiers in a bundle: check → check2, compare → compare3.
    const base = name.replace(/\d+$/, '');
    const marker = STAGES.find((s) => file.startsWith(s.file) && s.fn.test(base));
    x = {
      name,
      file,
      line: cf.lineNumber + 1,
      marker: marker?.stage,
      isCheck: file === 'src/engine/engine.ts' && base === 'check',
    };
    info.set(id, x);
    return x;
  };
  const stackOf = (id) => {
    const s = [];
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) s.push(cur);
    return s; // leaf first
  };

  const samples = profile.samples;
  const deltas = profile.timeDeltas;
  const byStage = new Map();
  const bySelf = new Map();
  const byTotal = new Map();
  const byPkg = new Map();
  const byStagePkg = new Map();
  let total = 0;
  let lastInRegion = false;
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  for (let i = 0; i < samples.length; i++) {
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    const id = samples[i];
    const leaf = byId.get(id).callFrame.functionName;
    if (leaf === '(garbage collector)') {
      if (lastInRegion || wholeProcess) {
        total += ms;
        add(byStage, 'GC (garbage collector)', ms);
        add(bySelf, '(garbage collector)', ms);
        add(byPkg, '(garbage collector)', ms);
      }
      continue;
    }
    if (wholeProcess && leaf === '(program)') {
      total += ms;
      add(byStage, 'outside check(): V8/node native (boot, parse + compile)', ms);
      add(bySelf, '(program)', ms);
      add(byPkg, '(program)', ms);
      continue;
    }
    if (leaf === '(idle)' || leaf === '(program)' || leaf === '(root)') {
      lastInRegion = false;
      continue;
    }
    const stack = stackOf(id).map(nodeInfo);
    const inRegion = stack.some((f) => f.isCheck) && (!regionFn || stack.some((f) => f.name === regionFn));
    lastInRegion = inRegion;
    if (!inRegion && !wholeProcess) continue;
    total += ms;
    let stage = stack.find((f) => f.marker)?.marker ?? 'other';
    if (!inRegion) {
      const loading = stack.some((f) => f.name === 'Module._load');
      stage =
        stack.find((f) => f.marker && f.marker.startsWith('compromise: load'))?.marker ??
        (loading
          ? 'outside check(): module loading (require + top-level init)'
          : stack.some((f) => f.file.startsWith('src/engine/'))
            ? 'outside check(): createEngine and other engine calls'
            : stack.some((f) => f.file.startsWith('src/'))
              ? 'outside check(): CLI (args, files, packs, output)'
              : 'outside check(): node internals');
    }
    add(byStage, stage, ms);
    const self = stack[0];
    add(bySelf, `${self.name} — ${self.file}:${self.line}`, ms);
    add(byPkg, pkgOf(self.file), ms);
    add(byStagePkg, `${stage} ▸ ${pkgOf(self.file)}`, ms);
    const seen = new Set();
    for (const f of stack) {
      const key = `${f.name} — ${f.file}:${f.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      add(byTotal, key, ms);
    }
  }
  const rows = (map, limit) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([key, ms]) => ({
        key: key.length > 160 ? key.slice(0, 157) + '…' : key,
        ms: +ms.toFixed(1),
        perCheckMs: +(ms / runs).toFixed(2),
        pct: +((100 * ms) / total).toFixed(1),
      }));
  return {
    runs,
    totalMs: +total.toFixed(1),
    perCheckMs: +(total / runs).toFixed(2),
    byStage: rows(byStage, 50),
    bySelf: rows(bySelf, 40),
    byTotal: rows(byTotal, 40).filter((r) => r.key.includes('src/engine') || r.pct >= 5),
    byPackage: rows(byPkg, 25),
    byStagePackage: rows(byStagePkg, 30),
  };
}

module.exports = { analyseProfile, STAGES };
