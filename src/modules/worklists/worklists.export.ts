// A worklist as a file: the screen's rows, read page by page through the worklist service.
import type { Worklist } from '../../domain/procedure/worklists.ts';
import { COLUMN_LABELS as L } from '../../domain/exports/labels.ts';
import type { ExportColumn, ExportSpec } from '../exports/exports.service.ts';
import * as service from './worklists.service.ts';

type Item = Awaited<ReturnType<typeof service.worklist>>['items'][number];

const COLUMNS: readonly ExportColumn<Item>[] = [
  { labels: L.reference, hxl: '#meta+case+id', value: (i) => i.reference },
  { labels: L.givenName, hxl: '#meta+name+given', value: (i) => i.principal.givenName },
  { labels: L.familyName, hxl: '#meta+name+family', value: (i) => i.principal.familyName },
  { labels: L.foreignerId, hxl: '#meta+id+foreigner', value: (i) => i.principal.foreignerIdNumber },
  { labels: L.state, hxl: '#status+code', value: (i) => i.state },
  { labels: L.procedure, hxl: '#meta+procedure', value: (i) => i.procedure },
  { labels: L.vulnerable, hxl: '#meta+vulnerable', value: (i) => i.vulnerable },
  { labels: L.timeLimit, hxl: '#meta+limit+code', value: (i) => i.code },
  { labels: L.lastDay, hxl: '#date+deadline', value: (i) => i.dueOn },
  { labels: L.daysLeft, hxl: '#meta+days_left', value: (i) => i.daysLeft },
  { labels: L.fictional, hxl: '#meta+fictional', value: (i) => i.principal.fictional },
];

export function worklistExport(list: Worklist, provinceCode: string | undefined): ExportSpec<Item> {
  return {
    subject: `worklist.${list}`,
    columns: COLUMNS,
    filters: { list, ...(provinceCode ? { provinceCode } : {}) },
    read: async (ctx, offset, limit) =>
      (await service.worklist(ctx, list, { provinceCode, limit, offset })).items,
  };
}
