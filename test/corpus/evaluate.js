/**
 * Scores the engine against the labelled corpus (test/corpus/README.md describes the labels).
 * Plain CommonJS so that bench/eval.js (node) and test/unit/eval-baseline.test.ts (mocha + tsx)
 * share one scorer. It takes an engine (anything with check(text, options)) and returns the
 * measurement; it prints nothing.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

const FLAG_VERDICTS = ['contradicted', 'outdated', 'disputed'];
const EXPECTS = [...FLAG_VERDICTS, 'supported', 'none', 'outside', 'either'];
/** The label kinds: the engine's claim kinds (src/engine/kinds/registry.ts) and the other names they answer to. */
const labelKindsOf = (engine) => engine.kinds.flatMap((k) => [k.id, ...(k.corpusLabels || [])]);
const SEVERITY_RANK = { hint: 0, information: 1, warning: 2, error: 3 };
const CORPUS_DIR = __dirname;
const DRAFT_DIRS = ['real', 'written'];

/** Every draft with its labels file, sorted by path. */
function loadCorpus(dir = CORPUS_DIR) {
  const drafts = [];
  for (const sub of DRAFT_DIRS) {
    const base = path.join(dir, sub);
    if (!fs.existsSync(base)) continue;
    for (const name of fs.readdirSync(base).sort()) {
      if (!name.endsWith('.md')) continue;
      const file = path.join(base, name);
      const labelsFile = file.replace(/\.md$/, '.labels.yaml');
      drafts.push({
        id: `${sub}/${name.replace(/\.md$/, '')}`,
        origin: sub,
        file,
        labelsFile,
        text: fs.readFileSync(file, 'utf8'),
        labelsText: fs.existsSync(labelsFile) ? fs.readFileSync(labelsFile, 'utf8') : undefined,
      });
    }
  }
  return drafts;
}

function allIndexes(haystack, needle) {
  const out = [];
  if (!needle) return out;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}

function lineCol(text, offset) {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}

/** The sentence-ish line around an offset, for reports. */
function contextOf(text, start, end) {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  let to = text.indexOf('\n', end);
  if (to < 0) to = text.length;
  let s = text.slice(from, to).trim();
  if (s.length > 240) {
    const rel = start - from;
    const a = Math.max(0, rel - 110);
    s = (a > 0 ? '…' : '') + text.slice(from + a, Math.min(to, from + a + 230)).trim() + '…';
  }
  return s;
}

/** Resolves the labels of one draft to spans; errors name the draft and the label. */
function resolveLabels(draft, kinds) {
  const errors = [];
  if (draft.labelsText === undefined) return { labels: [], errors: [`${draft.id}: no labels file (${path.basename(draft.labelsFile)})`] };
  let data;
  try {
    data = YAML.parse(draft.labelsText);
  } catch (e) {
    return { labels: [], errors: [`${draft.id}: labels are not valid YAML: ${e.message.split('\n')[0]}`] };
  }
  const list = Array.isArray(data) ? data : data && Array.isArray(data.labels) ? data.labels : undefined;
  if (!list) return { labels: [], errors: [`${draft.id}: the labels file must hold a list under "labels:"`] };
  const labels = [];
  list.forEach((raw, i) => {
    const where = `${draft.id} label #${i + 1} (${JSON.stringify(raw && raw.text)})`;
    if (!raw || typeof raw.text !== 'string' || !raw.text) return errors.push(`${where}: "text" is required`);
    const expect = raw.expect;
    const expects = Array.isArray(expect) ? expect : [expect];
    if (!expects.length || expects.some((e) => !EXPECTS.includes(e))) return errors.push(`${where}: expect must be one of ${EXPECTS.join(', ')} (or a list of flag verdicts)`);
    if (expects.length > 1 && expects.some((e) => !FLAG_VERDICTS.includes(e))) return errors.push(`${where}: only flag verdicts can be listed together`);
    if (raw.kind !== undefined && !kinds.includes(raw.kind)) return errors.push(`${where}: kind must be one of ${kinds.join(', ')}`);
    const isFlag = FLAG_VERDICTS.includes(expects[0]);
    if ((isFlag || expects[0] === 'supported') && !raw.kind) return errors.push(`${where}: in-scope labels (flag verdicts, supported) need a kind`);
    if (isFlag && !raw.quoted && raw.required !== false && !raw.right) return errors.push(`${where}: a wrong claim needs "right" (the recorded value)`);
    const near = typeof raw.near === 'string' ? raw.near : raw.text;
    if (!near.includes(raw.text)) return errors.push(`${where}: "near" must contain "text"`);
    const hits = allIndexes(draft.text, near);
    let at;
    if (raw.n !== undefined) {
      at = hits[raw.n - 1];
      if (at === undefined) return errors.push(`${where}: occurrence n=${raw.n} of ${JSON.stringify(near)} not found (${hits.length} found)`);
    } else {
      if (hits.length === 0) return errors.push(`${where}: ${JSON.stringify(near)} is not in the draft`);
      if (hits.length > 1) return errors.push(`${where}: ${JSON.stringify(near)} occurs ${hits.length} times; add "near" or "n"`);
      at = hits[0];
    }
    const start = at + near.indexOf(raw.text);
    const end = start + raw.text.length;
    // "HBM3" must not resolve inside "HBM3e", nor "80 GB" inside "180 GB".
    const word = /[A-Za-z0-9]/;
    const before = draft.text[start - 1] ?? ' ';
    const after = draft.text[end] ?? ' ';
    if ((word.test(raw.text[0]) && (word.test(before) || (before === '.' && word.test(draft.text[start - 2] ?? ' ')))) || (word.test(raw.text[raw.text.length - 1]) && word.test(after))) {
      return errors.push(`${where}: resolves inside a longer word (${JSON.stringify(draft.text.slice(Math.max(0, start - 3), end + 3))}); adjust "near"`);
    }
    const pos = lineCol(draft.text, start);
    labels.push({
      index: i,
      draft: draft.id,
      origin: draft.origin,
      text: raw.text,
      start,
      end,
      line: pos.line,
      column: pos.column,
      kind: raw.kind,
      expect: expects[0],
      accepts: expects,
      flag: isFlag,
      fact: raw.fact,
      right: raw.right,
      source: raw.source,
      construction: raw.construction || 'unlabelled',
      quoted: raw.quoted === true,
      required: isFlag ? raw.required !== false && raw.quoted !== true : expects[0] === 'supported' ? raw.read !== false : false,
      note: raw.note,
      sentence: contextOf(draft.text, start, end),
    });
  });
  // Two labels may not name the same span for the same kind.
  const seen = new Map();
  for (const l of labels) {
    const key = `${l.start}:${l.end}:${l.kind ?? ''}`;
    if (seen.has(key)) errors.push(`${draft.id}: labels #${seen.get(key) + 1} and #${l.index + 1} name the same span ${JSON.stringify(l.text)}`);
    else seen.set(key, l.index);
  }
  return { labels, errors };
}

const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The label a finding answers to: overlapping, the same kind first, then the largest overlap, then the tightest label. */
function labelFor(finding, labels) {
  let best;
  let bestKey;
  for (const l of labels) {
    const o = overlap(finding.span, l);
    if (!o) continue;
    const key = [l.kind === finding.kind ? 1 : 0, o, -(l.end - l.start)];
    if (!bestKey || key[0] > bestKey[0] || (key[0] === bestKey[0] && (key[1] > bestKey[1] || (key[1] === bestKey[1] && key[2] > bestKey[2])))) {
      best = l;
      bestKey = key;
    }
  }
  return best;
}

function factMatches(label, factId) {
  if (!label.fact) return true;
  const facts = Array.isArray(label.fact) ? label.fact : [label.fact];
  return facts.some((f) => factId === f || (f.endsWith('*') && factId.startsWith(f.slice(0, -1))));
}

function ratio(num, den) {
  return den ? num / den : null;
}

function emptyTally() {
  return { reported: 0, correct: 0, falseAlarms: 0, neutral: 0, required: 0, found: 0, reads: 0, read: 0 };
}

/**
 * Runs the engine on every draft and scores it.
 * @param engine anything with check(text, { includeSupported: true, today })
 */
function evaluate(engine, options = {}) {
  const drafts = loadCorpus(options.dir);
  const kinds = labelKindsOf(engine);
  const errors = [];
  const falseAlarms = [];
  const misses = [];
  const unread = [];
  const neutral = [];
  const overall = emptyTally();
  const byKind = {};
  const byVerdict = {};
  const byOrigin = {};
  const byConstruction = {};
  const tally = (map, key) => (map[key] ??= emptyTally());
  let labelCount = 0;
  const labelStats = { flag: 0, required: 0, supported: 0, none: 0, outside: 0, either: 0, quoted: 0 };

  for (const draft of drafts) {
    const { labels, errors: labelErrors } = resolveLabels(draft, kinds);
    errors.push(...labelErrors);
    labelCount += labels.length;
    for (const l of labels) {
      if (l.flag) labelStats.flag++;
      if (l.flag && l.required) labelStats.required++;
      if (l.expect === 'supported') labelStats.supported++;
      if (l.expect === 'none') labelStats.none++;
      if (l.expect === 'outside') labelStats.outside++;
      if (l.expect === 'either') labelStats.either++;
      if (l.quoted) labelStats.quoted++;
    }
    const result = engine.check(draft.text, { includeSupported: true, today: options.today ?? '2026-11-23' });
    const satisfied = new Set();
    const readOk = new Set();
    for (const f of result.findings) {
      const label = labelFor(f, labels);
      if (f.verdict === 'supported') {
        if (label && label.expect === 'supported' && factMatches(label, f.factId)) readOk.add(label);
        continue;
      }
      if (!FLAG_VERDICTS.includes(f.verdict)) continue;
      const kind = (label && label.kind) || f.kind;
      const construction = (label && label.construction) || f.reading || 'unlabelled';
      const item = {
        draft: draft.id,
        line: f.range.start.line + 1,
        column: f.range.start.character + 1,
        kind: f.kind,
        verdict: f.verdict,
        severity: f.severity,
        claim: f.claim,
        factId: f.factId,
        message: f.message,
        sentence: contextOf(draft.text, f.span.start, f.span.end),
        label: label ? { text: label.text, expect: label.accepts.join('|'), fact: label.fact, note: label.note } : undefined,
      };
      let outcome;
      if (!label) outcome = { ok: false, why: 'no label here: the corpus says nothing is claimed at this span' };
      else if (label.expect === 'either') outcome = { neutral: true };
      else if (!label.flag) outcome = { ok: false, why: `labelled ${label.expect}` };
      else if (!label.accepts.includes(f.verdict)) outcome = { ok: false, why: `wrong verdict: labelled ${label.accepts.join('|')}` };
      else if (!factMatches(label, f.factId)) outcome = { ok: false, why: `wrong fact: labelled ${[].concat(label.fact).join('|')}` };
      else if (label.quoted && SEVERITY_RANK[f.severity] > SEVERITY_RANK.information) outcome = { ok: false, why: 'a quotation shown above information' };
      else outcome = { ok: true };
      if (outcome.neutral) {
        neutral.push(item);
        for (const t of [overall, tally(byKind, kind), tally(byVerdict, f.verdict), tally(byOrigin, draft.origin), tally(byConstruction, construction)]) t.neutral++;
        continue;
      }
      for (const t of [overall, tally(byKind, kind), tally(byVerdict, f.verdict), tally(byOrigin, draft.origin), tally(byConstruction, construction)]) {
        t.reported++;
        if (outcome.ok) t.correct++;
        else t.falseAlarms++;
      }
      if (outcome.ok) satisfied.add(label);
      else falseAlarms.push({ ...item, why: outcome.why });
    }
    for (const l of labels) {
      if (l.flag && l.required) {
        const found = satisfied.has(l);
        for (const t of [overall, tally(byKind, l.kind), tally(byVerdict, l.expect), tally(byOrigin, l.origin), tally(byConstruction, l.construction)]) {
          t.required++;
          if (found) t.found++;
        }
        if (!found) misses.push({ draft: l.draft, line: l.line, column: l.column, kind: l.kind, construction: l.construction, expect: l.accepts.join('|'), text: l.text, right: l.right, fact: l.fact, note: l.note, sentence: l.sentence });
      }
      if (l.expect === 'supported' && l.required) {
        const ok = readOk.has(l);
        for (const t of [overall, tally(byKind, l.kind), tally(byOrigin, l.origin), tally(byConstruction, l.construction)]) {
          t.reads++;
          if (ok) t.read++;
        }
        if (!ok) unread.push({ draft: l.draft, line: l.line, column: l.column, kind: l.kind, text: l.text, fact: l.fact, note: l.note, sentence: l.sentence });
      }
    }
  }

  const metrics = (t) => ({
    precision: ratio(t.correct, t.reported),
    recall: ratio(t.found, t.required),
    readRecall: ratio(t.read, t.reads),
    reported: t.reported,
    correct: t.correct,
    falseAlarms: t.falseAlarms,
    neutral: t.neutral,
    required: t.required,
    found: t.found,
    reads: t.reads,
    read: t.read,
  });
  const mapMetrics = (m) => Object.fromEntries(Object.entries(m).sort(([a], [b]) => a.localeCompare(b)).map(([k, t]) => [k, metrics(t)]));
  return {
    corpus: { drafts: drafts.length, real: drafts.filter((d) => d.origin === 'real').length, written: drafts.filter((d) => d.origin === 'written').length, labels: labelCount, ...labelStats },
    overall: metrics(overall),
    byKind: mapMetrics(byKind),
    byVerdict: mapMetrics(byVerdict),
    byOrigin: mapMetrics(byOrigin),
    byConstruction: mapMetrics(byConstruction),
    falseAlarms,
    misses,
    unread,
    neutral,
    errors,
  };
}

module.exports = { evaluate, loadCorpus, resolveLabels, labelKindsOf, FLAG_VERDICTS };
