// The waiting list as a file, in the screen's order (special needs first, then by date).
import { COLUMN_LABELS as L } from '../../domain/exports/labels.ts';
import { wholeList, type ExportColumn, type ExportSpec } from '../exports/exports.service.ts';
import * as waiting from './waiting-list.service.ts';

type Entry = Awaited<ReturnType<typeof waiting.waitingList>>[number];

const COLUMNS: readonly ExportColumn<Entry>[] = [
  { labels: L.name, hxl: '#meta+name', value: (e) => e.name },
  { labels: L.foreignerId, hxl: '#meta+id+foreigner', value: (e) => e.foreignerIdNumber },
  { labels: L.vulnerable, hxl: '#meta+vulnerable', value: (e) => e.vulnerable },
  { labels: L.requestedOn, hxl: '#date+requested', value: (e) => e.requestedOn },
  { labels: L.members, hxl: '#affected+ind', value: (e) => e.people },
  { labels: L.fictional, hxl: '#meta+fictional', value: (e) => e.fictional },
];

export function waitingListExport(provinceCode: string | undefined): ExportSpec<Entry> {
  return {
    subject: 'waiting-list',
    columns: COLUMNS,
    filters: provinceCode ? { provinceCode } : {},
    read: wholeList((ctx) => waiting.waitingList(ctx, provinceCode)),
  };
}
