#!/usr/bin/env node
// The record's changelog of fact changes (data/record/changes.yaml), derived from git history:
// for each version listed there (id, date, title, commit), the facts of data/record/*.yaml at its
// commit are compared with those at the version before, and its lists are written:
//   added    facts new in this version
//   changed  facts whose substance changed (value, dates, validity, status, entities, conflicting
//            values…), with the fields that changed
//   removed  facts gone (their ids are no longer in the record)
//   recited  facts with the same substance and other citations (better or more pages)
// Notes, examples, quotes and `confirmed`/`asOf` dates are not substance. Defaults the schema fills
// in (a status's side, conflictResolution, empty lists) are filled in before comparing, so a field
// added to the schema is not a change of every fact.
//
//   node scripts/record-changes.js           rewrite the lists in data/record/changes.yaml
//   node scripts/record-changes.js --check   exit 1 if the file's lists differ from git history, or if
//                                            data/record/ (the files on disk) holds a fact added, changed
//                                            or removed after the newest version listed: a fact changed
//                                            with no changes entry. Facts only cited anew pass (the next
//                                            version lists them). The unit tests run it.
//   --root DIR                               another checkout (the tests' scratch repositories)
// To add a version: commit the record's change, append an entry (version, date, title, commit) to
// changes.yaml, then run it.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

let ROOT = path.join(__dirname, '..');
const changesFile = () => path.join(ROOT, 'data', 'record', 'changes.yaml');

const git = (args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

const isRecordFile = (f) => /\.ya?ml$/.test(f) && f !== 'changes.yaml';

/** The facts of one record file's text, into `facts` by id. */
function addFacts(facts, text) {
  const data = YAML.parse(text) ?? {};
  for (const fact of [...(data.facts ?? []), ...(data.overrides ?? [])]) facts.set(fact.id, fact);
}

/** The facts of data/record at a commit, by id. */
function factsAt(commit) {
  const files = git(['ls-tree', '--name-only', `${commit}:data/record/`])
    .split('\n')
    .filter(isRecordFile);
  const facts = new Map();
  for (const f of files) addFacts(facts, git(['show', `${commit}:data/record/${f}`]));
  return facts;
}

/** The facts of data/record as the files on disk are now (committed or not), by id. */
function factsOnDisk() {
  const dir = path.join(ROOT, 'data', 'record');
  const facts = new Map();
  for (const f of fs.readdirSync(dir).filter(isRecordFile).sort())
    addFacts(facts, fs.readFileSync(path.join(dir, f), 'utf8'));
  return facts;
}

const IGNORED = new Set(['id', 'citations', 'note', 'examples', 'confirmed', 'asOf']);

/** What a fact says, with the schema's defaults filled in; conflicts by value only. */
function substance(fact) {
  const out = {};
  for (const [k, v] of Object.entries(fact)) if (!IGNORED.has(k)) out[k] = v;
  if (fact.kind === 'status') out.side = fact.side ?? 'us-export';
  out.conflicts = (fact.conflicts ?? []).map((c) => c.value);
  if (!out.conflicts.length) delete out.conflicts;
  if (out.conflicts) out.conflictResolution = fact.conflictResolution ?? 'preferred';
  else delete out.conflictResolution;
  return out;
}

const sourcesOf = (fact) =>
  JSON.stringify([
    (fact.citations ?? []).map((c) => c.source).sort(),
    (fact.conflicts ?? []).map((c) => (c.citations ?? []).map((x) => x.source).sort()),
  ]);

/** The lists of one version against the one before. */
function compare(before, after) {
  const added = [];
  const changed = [];
  const removed = [];
  const recited = [];
  for (const [id, fact] of after) {
    const old = before.get(id);
    if (!old) {
      added.push(id);
      continue;
    }
    const a = substance(old);
    const b = substance(fact);
    const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])]
      .filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
      .sort();
    if (fields.length) changed.push({ fact: id, fields });
    else if (sourcesOf(old) !== sourcesOf(fact)) recited.push(id);
  }
  for (const id of before.keys()) if (!after.has(id)) removed.push(id);
  const byId = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
  return {
    added: added.sort(byId),
    changed: changed.sort((x, y) => byId(x.fact, y.fact)),
    removed: removed.sort(byId),
    recited: recited.sort(byId),
  };
}

/** Every listed version's lists, from git. */
function derive(versions) {
  let before;
  return versions.map((v, i) => {
    const facts = factsAt(v.commit);
    const lists = i === 0 ? { added: [], changed: [], removed: [], recited: [] } : compare(before, facts);
    before = facts;
    return {
      version: v.version,
      date: v.date,
      title: v.title,
      commit: v.commit,
      ...(i === 0 ? { baseline: true } : {}),
      ...lists,
      facts: facts.size,
    };
  });
}

const HEADER = `# The record's versions and the facts each changed, oldest first (schema: RecordVersion in
# src/engine/record/schema.ts). The lists are derived from git history by scripts/record-changes.js,
# which compares data/record/ at each version's commit with the version before; do not edit them by
# hand. data/record/CHANGELOG.md tells the same in prose. \`factdesk sweep --since-record VERSION\`
# sweeps only the facts added or changed after VERSION.
`;

function render(derived) {
  const list = (name, items) => (items.length ? `    ${name}:\n${items.map((x) => `      - ${x}`).join('\n')}\n` : '');
  const changedList = (items) =>
    items.length
      ? `    changed:\n${items.map((c) => `      - fact: ${c.fact}\n        fields: [${c.fields.join(', ')}]`).join('\n')}\n`
      : '';
  const body = derived
    .map(
      (v) =>
        `  # ${v.facts} facts at this version${v.baseline ? '' : `: ${v.added.length} added, ${v.changed.length} changed, ${v.removed.length} removed, ${v.recited.length} cited anew`}\n` +
        `  - version: '${v.version}'\n    date: '${v.date}'\n    title: ${JSON.stringify(v.title)}\n    commit: '${v.commit}'\n` +
        (v.baseline ? '    baseline: true\n' : '') +
        list('added', v.added) +
        changedList(v.changed) +
        list('removed', v.removed) +
        list('recited', v.recited),
    )
    .join('');
  return `${HEADER}changes:\n${body}`;
}

/**
 * What data/record/ on disk says that the newest listed version does not: facts added, changed or removed
 * since (each needs a version in changes.yaml), and facts only cited anew (listed with the next version).
 */
function unlisted(versions) {
  const newest = versions[versions.length - 1];
  if (!newest) return undefined;
  return { newest, ...compare(factsAt(newest.commit), factsOnDisk()) };
}

function main() {
  const root = process.argv.indexOf('--root');
  if (root > 0) ROOT = path.resolve(process.argv[root + 1]);
  const text = fs.readFileSync(changesFile(), 'utf8');
  const versions = (YAML.parse(text) ?? {}).changes ?? [];
  const rendered = render(derive(versions));
  if (process.argv.includes('--check')) {
    if (rendered !== text) {
      console.error('data/record/changes.yaml differs from what git history says (run node scripts/record-changes.js)');
      process.exit(1);
    }
    const since = unlisted(versions);
    if (since && (since.added.length || since.changed.length || since.removed.length)) {
      const ids = [
        ...since.added.map((id) => `${id} (added)`),
        ...since.changed.map((c) => `${c.fact} (${c.fields.join(', ')})`),
        ...since.removed.map((id) => `${id} (removed)`),
      ];
      console.error(
        `data/record/ changed ${ids.length} fact(s) after the newest version in data/record/changes.yaml (${since.newest.version}, commit ${since.newest.commit}) with no changes entry: ${ids.join('; ')}\n` +
          'Commit the record, append a version (version, date, title, commit) to data/record/changes.yaml and run node scripts/record-changes.js.',
      );
      process.exit(1);
    }
    const recited = since?.recited.length
      ? `; ${since.recited.length} fact(s) cited anew since ${since.newest.version}, for the next version`
      : '';
    console.log(`data/record/changes.yaml agrees with git history (${versions.length} versions)${recited}`);
    return;
  }
  fs.writeFileSync(changesFile(), rendered);
  console.log(`wrote data/record/changes.yaml (${versions.length} versions)`);
}

module.exports = { factsAt, factsOnDisk, compare, derive, render, substance };
if (require.main === module) main();
