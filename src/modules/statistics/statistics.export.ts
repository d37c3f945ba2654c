// A statistics table as a file: one line per row and a total line, hidden cells written as on
// the screen ("<5", "×"), the rule as the last line, and HXL hashtags for the dimensions.
import type { Labels, Lang } from '../../domain/reference/labels.ts';
import type { StatisticsTable } from '../../domain/statistics/cross-table.ts';
import { cellMark, SUPPRESSION_RULE } from '../../domain/statistics/rule.ts';
import { wholeList, type ExportColumn, type ExportSpec } from '../exports/exports.service.ts';
import type { TableAnswer } from './statistics.service.ts';

const DIMENSION_HXL: Record<string, string> = {
  province: '#adm1+code',
  nationality: '#country+code',
  sex: '#sex',
  age_pmm: '#age+range',
  age_unhcr: '#age+range',
  entry_type: '#meta+entry',
  month: '#date+month',
  waiting: '#meta+waiting',
  decision: '#status+decision',
  procedure: '#meta+procedure',
};

const TOTAL: Labels = { tr: 'Toplam', en: 'Total', ar: 'المجموع', fa: 'جمع' };
const same = (text: string): Labels => ({ tr: text, en: text, ar: text, fa: text });
const attribute = (key: string) => key.toLowerCase().replace(/[^a-z0-9]+/g, '_');

interface Line {
  key: string;
  cells: (number | string)[];
  total: number | string;
}

function linesOf(table: StatisticsTable): Line[] {
  return [
    ...table.rows.map((r) => ({ key: r.key, cells: r.cells.map(cellMark), total: cellMark(r.total) })),
    { key: 'total', cells: table.columnTotals.map(cellMark), total: cellMark(table.total) },
  ];
}

export function tableExport(
  answer: TableAnswer,
  filters: Record<string, unknown>,
  lang: Lang = 'tr',
): ExportSpec<Line> {
  const { table } = answer;
  const columns: ExportColumn<Line>[] = [
    {
      labels: same(answer.rowDimension),
      hxl: DIMENSION_HXL[answer.rowDimension] ?? '#meta',
      value: (l) => l.key,
    },
    ...table.columnKeys.map((key, i) => ({
      labels: same(key),
      hxl: `#affected+${attribute(answer.columnDimension)}_${attribute(key)}`,
      value: (l: Line) => l.cells[i] ?? null,
    })),
    { labels: TOTAL, hxl: '#affected+total', value: (l) => l.total },
  ];
  const lines = linesOf(table);
  return {
    subject: `statistics.${answer.report}`,
    columns,
    filters: { ...filters, asOf: answer.asOf },
    // The rule travels with the file, in the reader's language, as its last line.
    read: wholeList(() => Promise.resolve([...lines, { key: SUPPRESSION_RULE[lang], cells: [], total: '' }])),
  };
}
