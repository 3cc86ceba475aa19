/**
 * `path:line:col: severity: message [fact-id]`, the explanation and the source URL under it, then a summary. Colour only on a TTY.
 * Every field is made terminal-safe (escape.ts): one finding is one line whatever a name or a pack contains.
 */
import { safe } from './escape';
import { TIER_LABELS } from '../../engine';
import { counts, type Report } from './report';

export function formatText(report: Report, colour: boolean): string {
  const paint = (code: string, s: string) => (colour ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sev = { error: '31', warning: '33', information: '36', hint: '2' } as const;
  const lines: string[] = [];
  for (const file of report.files) {
    const name = safe(file.path);
    if (file.error) {
      lines.push(`${name}: ${paint('31', 'error')}: ${safe(file.error)}`);
      continue;
    }
    for (const note of file.notes) lines.push(`${name}: note: ${safe(note)}`);
    for (const f of file.findings) {
      const at = `${name}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
      lines.push(`${at}: ${paint(sev[f.severity], f.severity)}: ${safe(f.message)} [${safe(f.factId)}]`);
      // The one-row message first; the long explanation (as of, disputes, currency) under it.
      if (f.detail) lines.push(`    ${safe(f.detail)}`);
      if (f.sources[0])
        lines.push(
          `    source (${TIER_LABELS[f.sources[0].tier]}): ${safe(f.sources[0].url)}${f.sources.length > 1 ? ` (+${f.sources.length - 1} more)` : ''}`,
        );
    }
  }
  const c = counts(report);
  const confirmed = report.files
    .flatMap((f) => f.findings.map((x) => x.confirmed))
    .filter((d): d is string => !!d)
    .sort();
  const checked = report.files.filter((f) => !f.error).length;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const notInRecord = report.files.reduce((n, f) => n + (f.notInRecord?.length ?? 0), 0);
  const asOfs = [...new Set(report.files.filter((f) => !f.error).map((f) => f.asOf))];
  lines.push(
    `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.information} information in ${plural(checked, 'file')}` +
      `${asOfs.length ? ` (as of ${safe(asOfs.join(', '))})` : ''}` +
      `${confirmed.length ? `; newest source of these findings ${confirmed[confirmed.length - 1]}` : ''}` +
      `${report.recordReviewed ? `; record reviewed ${report.recordReviewed}` : ''}` +
      `${notInRecord ? `; ${plural(notInRecord, 'claim')} not in the record (listed by --format json)` : ''}` +
      `; record ${report.recordVersion}${report.packs.length ? ` + ${plural(report.packs.length, 'pack')}` : ''}`,
  );
  return lines.join('\n') + '\n';
}
