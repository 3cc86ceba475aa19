// Encodings, line endings, look-alikes and control characters around one claim; expected line (0-based) of the finding.
'use strict';
const L = require('./lib');
const C = L.CLAIM;
const u16le = (s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const u16be = (s) => {
  const b = Buffer.from(s, 'utf16le');
  for (let i = 0; i < b.length; i += 2) {
    const t = b[i];
    b[i] = b[i + 1];
    b[i + 1] = t;
  }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), b]);
};
const cases = [
  ['nbsp-unit', 'The H200 has 96\u00a0GB of memory.\n', true, 0],
  ['thinspace-unit', 'The H200 has 96\u2009GB of memory.\n', true, 0],
  ['narrow-nbsp-unit', 'The H200 has 96\u202fGB of memory.\n', true, 0],
  ['nbsp-name', 'The Nvidia\u00a0H200 has 96 GB of memory.\n', true, 0],
  ['fullwidth-digits', 'The H200 has ９６ GB of memory.\n', null, 0],
  ['fullwidth-name', 'The Ｈ２００ has 96 GB of memory.\n', null, 0],
  ['cyrillic-H', 'The \u041d200 has 96 GB of memory.\n', null, 0],
  ['zwsp-in-name', 'The H2\u200b00 has 96 GB of memory.\n', null, 0],
  ['zwsp-in-number', 'The H200 has 9\u200b6 GB of memory.\n', null, 0],
  ['soft-hyphen-name', 'The H2\u00ad00 has 96 GB of memory.\n', null, 0],
  ['zwj-after-name', 'The H200\u200d has 96 GB of memory.\n', null, 0],
  ['combining-on-GB', 'The H200 has 96 G\u0301B of memory.\n', null, 0],
  ['crlf', 'Intro line.\r\n\r\n' + C + '\r\n', true, 2],
  ['cr-only', 'Intro line.\r\r' + C + '\r', true, 2],
  ['mixed-eol', 'a\r\nb\rc\n\n' + C + '\n', true, 4],
  ['bom-line1', '\ufeff' + C + '\n', true, 0, 13],
  ['bom-frontmatter', '\ufeff---\ndate: 2025-01-01\n---\n\n' + C + '\n', true, 4, null, '2025-01-01'],
  ['double-bom', '\ufeff\ufeff' + C + '\n', true, 0],
  ['utf16le-bom', u16le(C + '\n'), 'decode-or-refuse', 0],
  ['utf16be-bom', u16be(C + '\n'), 'decode-or-refuse', 0],
  ['utf16le-nobom', Buffer.from(C + '\n', 'utf16le'), 'decode-or-refuse', 0],
  [
    'latin1-bytes-before',
    Buffer.concat([Buffer.from('Caf\xe9 au lait.\n\n', 'latin1'), Buffer.from(C + '\n')]),
    true,
    2,
  ],
  ['nul-before', 'a\u0000b\n\n' + C + '\n', true, 2],
  ['nul-in-sentence', 'The H200\u0000 has 96 GB of memory.\n', null, 0],
  ['ls-u2028', 'Intro.\u2028\n' + C + '\n', true, 1],
  ['ps-u2029-between', 'Intro.\u2029' + C + '\n', true, 0],
  ['nel-u0085', 'Intro.\u0085\n' + C + '\n', true, 1],
  ['formfeed', 'Intro.\f\n\n' + C + '\n', true, 2],
  ['vtab', 'Intro.\v\n\n' + C + '\n', true, 2],
  ['esc-in-sentence', 'The H200 \u001b[31mhas 96 GB of memory.\n', true, 0],
  ['esc-title-osc', '\u001b]0;pwned\u0007The H200 has 96 GB of memory.\n', true, 0],
  ['bidi-override', 'The H200 has \u202e96 GB\u202c of memory.\n', null, 0],
  ['astral-before', '𝐇𝟐𝟎𝟎 😀😀 ' + C + '\n', true, 0, 23],
  ['surrogate-lone', 'a\ud800b ' + C + '\n', true, 0],
  ['tab-indent-para', '\t\n' + C + '\n', true, 1],
  ['html-comment-inline', 'Note <!-- c --> more.\n\n' + C + '\n', true, 2],
  ['unclosed-comment-inline', 'Note <!-- c more.\n\n' + C + '\n', true, 2],
  ['unclosed-comment-block', '<!-- c\n\n' + C + '\n', 'html-block-rule', 2],
  ['unclosed-html-div', '<div>\n\n' + C + '\n', true, 2],
  ['unclosed-script', '<script>\n\n' + C + '\n', 'html-block-rule', 2],
  ['unclosed-pre', '<pre>\n\n' + C + '\n', 'html-block-rule', 2],
  ['unclosed-link', '[The H200 has 96 GB of memory.\n', true, 0],
  ['unclosed-math', '$$\n\n' + C + '\n', true, 2],
  ['unclosed-frontmatter', '---\ndate: 2025-01-01\n\n' + C + '\n', null, 3],
  ['toml-frontmatter', '+++\ndate = 2025-01-01\n+++\n\n' + C + '\n', true, 4, null, '2025-01-01'],
  ['setext-after', C + '\n===\n', true, 0],
  ['table-cell', '| Chip | Memory |\n|---|---|\n| H200 | 96 GB |\n', true, 2],
  ['table-cell-escaped-pipe', '| Chip | Memory |\n|---|---|\n| H200 \\| x | 96 GB |\n', null, 2],
  ['emphasis-split', 'The **H200** has *96* GB of memory.\n', true, 0],
  ['link-around-claim', 'The [H200](https://x) has [96 GB](https://y) of memory.\n', true, 0],
  ['footnote-def', 'Text[^1].\n\n[^1]: ' + C + '\n', true, 2],
  ['heading', '# ' + C + '\n', true, 0],
  ['list-deep', '- a\n  - b\n    - ' + C + '\n', true, 2],
  ['ignore-next-then-blank', '<!-- factdesk-ignore-next-line -->\n\n' + C + '\n', true, 2],
  ['ignore-file-in-code', '```\n<!-- factdesk-ignore-file -->\n```\n\n' + C + '\n', true, 4],
  ['ignore-file-in-inline-code', 'Use `<!-- factdesk-ignore-file -->` to silence.\n\n' + C + '\n', true, 2],
  ['ignore-next-in-code', '```\n<!-- factdesk-ignore-next-line -->\n```\n' + C + '\n', true, 3],
  ['ignore-in-frontmatter', '---\ntitle: "<!-- factdesk-ignore-file -->"\n---\n\n' + C + '\n', true, 4],
  ['ignore-in-link-target', '[x](<!-- factdesk-ignore-file -->)\n\n' + C + '\n', true, 2],
  ['ignore-in-html-attr', '<a title="<!-- factdesk-ignore-file -->">x</a>\n\n' + C + '\n', true, 2],
  ['ignore-uppercase', '<!-- FACTDESK-IGNORE-FILE -->\n\n' + C + '\n', null, 2],
];
for (const [id, body, expect, line, col, asOf] of cases) {
  const f = L.write(`v/${id}.md`, body);
  const r = L.run(['check', '--format', 'json', f]);
  const t = L.run(['check', f]);
  let notes = [];
  let flag = '';
  if (L.stack(r.stderr + t.stderr)) {
    flag = 'FLAG';
    notes.push('stack');
  }
  if (!L.jsonOk(r.stdout) && r.rc !== 2) {
    flag = 'FLAG';
    notes.push('bad json');
  }
  const ctl = L.rawControls(t.stdout + t.stderr);
  if (ctl.length) {
    flag = 'FLAG';
    notes.push('text controls ' + ctl.join(' '));
  }
  let found = null;
  if (L.jsonOk(r.stdout)) {
    const j = JSON.parse(r.stdout);
    const fs_ = (j.files || []).flatMap((x) => x.findings || []);
    found = fs_.find((x) => x.factId === 'h200.memory_capacity');
    notes.push(
      `rc=${r.rc} findings=${fs_.length} h200=${found ? found.range.start.line + ':' + found.range.start.character : 'no'} asOf=${j.files && j.files[0] && j.files[0].asOf}`,
    );
    const otherNotes = (j.files || []).flatMap((x) => x.notes || x.skipped || []);
    if (otherNotes.length) notes.push('notes=' + JSON.stringify(otherNotes).slice(0, 200));
    if (expect === true && !found) {
      flag = 'FLAG';
      notes.push('LOST');
    }
    if (expect === true && found && found.range.start.line !== line) {
      flag = 'FLAG';
      notes.push('WRONG LINE');
    }
    if (found && col != null && found.range.start.character !== col) {
      flag = 'FLAG';
      notes.push('WRONG COL');
    }
    if (asOf && j.files[0].asOf !== asOf) {
      flag = 'FLAG';
      notes.push('WRONG ASOF');
    }
    if (expect === 'decode-or-refuse' && !found && r.rc !== 2) {
      flag = 'FLAG';
      notes.push('UTF-16 silently unchecked?');
    }
  } else notes.push(`rc=${r.rc} stderr=${r.stderr.trim().slice(0, 150)}`);
  if (expect === null || typeof expect === 'string') notes.push(`(judge: ${expect})`);
  L.record({
    id: 'var:' + id,
    ms: r.ms,
    rc: r.rc,
    flag,
    note: notes.join(' ') + ' | text: ' + t.stdout.split('\n')[0].slice(0, 120),
  });
}
