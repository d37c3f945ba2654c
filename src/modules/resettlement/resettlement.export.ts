// The resettlement pipeline as a file, through the board's own read (the organisation's scope).
import { COLUMN_LABELS as L } from '../../domain/exports/labels.ts';
import { wholeList, type ExportColumn, type ExportSpec } from '../exports/exports.service.ts';
import { pipeline } from './resettlement.view.ts';

type Case = Awaited<ReturnType<typeof pipeline>>[number];
type Stage = Parameters<typeof pipeline>[1];

const COLUMNS: readonly ExportColumn<Case>[] = [
  { labels: L.reference, hxl: '#meta+case+id', value: (c) => c.reference },
  { labels: L.state, hxl: '#status+stage', value: (c) => c.stage },
  { labels: L.priority, hxl: '#meta+priority', value: (c) => c.priority },
  { labels: L.category, hxl: '#meta+category', value: (c) => c.primaryCategory },
  { labels: L.state_country, hxl: '#country+code+resettlement', value: (c) => c.submittedTo },
  { labels: L.submittedOn, hxl: '#date+submitted', value: (c) => c.submittedOn },
  { labels: L.targetDate, hxl: '#date+target', value: (c) => c.targetDate },
  {
    labels: L.members,
    hxl: '#affected+ind',
    value: (c) => (Array.isArray(c.members) ? c.members.length : null),
  },
  { labels: L.fictional, hxl: '#meta+fictional', value: (c) => c.fictional },
];

export function pipelineExport(stage: Stage, personId: string | undefined): ExportSpec<Case> {
  return {
    subject: 'resettlement.cases',
    columns: COLUMNS,
    filters: { ...(stage ? { stage } : {}), ...(personId ? { personId } : {}) },
    read: wholeList((ctx) => pipeline(ctx, stage, personId)),
  };
}
