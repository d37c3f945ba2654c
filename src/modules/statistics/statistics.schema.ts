// Response schemas of the statistics (also their OpenAPI description). A hidden cell is
// `value: null` with why it is hidden; the rule is stated in the four languages with every table.
import { z } from 'zod';

const shownCell = z.object({
  value: z.number().int().nullable(),
  suppressed: z.enum(['small', 'complement']).nullable(),
});

const period = z.object({ from: z.string(), to: z.string() });
const rule = z.object({ tr: z.string(), en: z.string(), ar: z.string(), fa: z.string() });

export const tableAnswer = z.object({
  report: z.string(),
  asOf: z.string(),
  period,
  rowDimension: z.string(),
  columnDimension: z.string(),
  table: z.object({
    rowKeys: z.array(z.string()),
    columnKeys: z.array(z.string()),
    rows: z.array(z.object({ key: z.string(), cells: z.array(shownCell), total: shownCell })),
    columnTotals: z.array(shownCell),
    total: shownCell,
    suppressedCells: z.number().int(),
    threshold: z.number().int(),
  }),
  rule,
});

export const procedureFigures = z.object({
  asOf: z.string(),
  period,
  recognition: z.array(
    z.object({
      nationality: z.string(),
      decisions: z.number().int().nullable(),
      rate: z.number().nullable(),
    }),
  ),
  medianDaysToDecision: z.number().nullable(),
  decided: z.number().int().nullable(),
  rule,
});
