/** What a table cell is about: its row's first cell and its column's header. */
import type { Segment } from './segment';

/**
 * For each table cell, what the cell's row and column say it is about: the
 * row's first cell, the column's header, the table's corner and every header (joined by U+0002), joined by U+0001.
 */
export function tableContexts(segments: Segment[]): Map<Segment, string> {
  const byTable = new Map<number, Segment[]>();
  for (const s of segments) {
    if (!s.table) continue;
    const cells = byTable.get(s.table.table);
    if (cells) cells.push(s);
    else byTable.set(s.table.table, [s]);
  }
  const out = new Map<Segment, string>();
  for (const cells of byTable.values()) {
    const byPlace = new Map(cells.map((x) => [`${x.table!.row},${x.table!.column}`, x.text.trim()]));
    const at = (r: number, c: number) => byPlace.get(`${r},${c}`) ?? '';
    const columns = Math.max(...cells.map((x) => x.table!.column)) + 1;
    const headers = Array.from({ length: columns }, (_, c) => at(0, c)).join('\u0002');
    for (const cell of cells) {
      const { row, column } = cell.table!;
      out.set(cell, `${at(row, 0)}\u0001${at(0, column)}\u0001${at(0, 0)}\u0001${headers}`);
    }
  }
  return out;
}
