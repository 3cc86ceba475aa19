/**
 * GitHub Actions workflow commands: one annotation per finding (and a notice per note), shown inline on
 * the pull request's diff. `::error file=F,line=L,col=C,endLine=EL,endColumn=EC,title=T::message`
 * (warning / notice for the lower severities). GitHub's escaping: in the message
 * `%`, CR and LF; in a property also `:` and `,`.
 */
import type { Finding } from '../../engine';
import { whyText } from '../consistency';
import { safe } from './escape';
import type { Report } from './report';

const COMMAND: Record<Finding['severity'], string> = {
  error: 'error',
  warning: 'warning',
  information: 'notice',
  hint: 'notice',
};

/** GitHub's data escaping; then every other control character is made terminal-safe (a CI log is a terminal too). */
export function escapeData(text: string): string {
  return safe(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(report: Report): string {
  const lines: string[] = [];
  // A pack refused for errors: the drafts were judged without it; an error annotation says so in the run's log.
  for (const e of report.packErrors ?? [])
    lines.push(`::error title=${escapeProperty('Fact Desk: pack not used')}::${escapeData(e)}`);
  for (const file of report.files) {
    if (file.error) {
      lines.push(
        `::error file=${escapeProperty(file.path)},title=${escapeProperty('Fact Desk: not checked')}::${escapeData(file.error)}`,
      );
      continue;
    }
    // A note (a claim not judged: hidden characters, an unread date…) is a notice on the file, as the text format
    // prints it: a CI log must say so too.
    for (const note of file.notes)
      lines.push(
        `::notice file=${escapeProperty(file.path)},title=${escapeProperty('Fact Desk: note')}::${escapeData(note)}`,
      );
    for (const f of file.findings) {
      const r = f.range;
      // Workflow commands count lines and columns from 1; findings from 0.
      const props = [
        `file=${escapeProperty(file.path)}`,
        `line=${r.start.line + 1}`,
        `col=${r.start.character + 1}`,
        `endLine=${r.end.line + 1}`,
        `endColumn=${r.end.character + 1}`,
        `title=${escapeProperty(`Fact Desk: ${f.verdict} (${f.factId || f.kind})`)}`,
      ].join(',');
      lines.push(`::${COMMAND[f.severity]} ${props}::${escapeData(f.message)}`);
    }
  }
  // --workspace: a pair of drafts that disagree where the record cannot settle it, a notice at the first draft.
  for (const d of report.disagreements ?? []) {
    const props = [
      `file=${escapeProperty(d.a.path)}`,
      `line=${d.a.line}`,
      `col=${d.a.column}`,
      `endLine=${d.a.endLine}`,
      `endColumn=${d.a.endColumn}`,
      `title=${escapeProperty(`Fact Desk: drafts disagree (${d.entityId} ${d.attribute})`)}`,
    ].join(',');
    lines.push(
      `::notice ${props}::${escapeData(`Drafts disagree on ${d.what}: “${d.a.words}” here, “${d.b.words}” in ${d.b.path}:${d.b.line}:${d.b.column} (${whyText(d)}).`)}`,
    );
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
