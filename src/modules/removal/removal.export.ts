// The list of removal decisions as a file, through the list the screen reads.
import type { RemovalState } from '../../domain/removal/removal.ts';
import { COLUMN_LABELS as L } from '../../domain/exports/labels.ts';
import { wholeList, type ExportColumn, type ExportSpec } from '../exports/exports.service.ts';
import { removalList } from './removal.view.ts';

type Removal = Awaited<ReturnType<typeof removalList>>[number];

const COLUMNS: readonly ExportColumn<Removal>[] = [
  { labels: L.reference, hxl: '#meta+removal+id', value: (r) => r.reference },
  { labels: L.name, hxl: '#meta+name', value: (r) => ('name' in r ? r.name : null) },
  { labels: L.state, hxl: '#status+code', value: (r) => r.state },
  { labels: L.decidedOn, hxl: '#date+decided', value: (r) => r.decidedOn },
  { labels: L.appealLastDay, hxl: '#date+appeal+deadline', value: (r) => r.appealProtectiveLastDay },
  { labels: L.departureUntil, hxl: '#date+departure+deadline', value: (r) => r.voluntaryDepartureUntil },
  { labels: L.fictional, hxl: '#meta+fictional', value: (r) => ('fictional' in r ? r.fictional : null) },
];

export function removalsExport(query: {
  personId?: string | undefined;
  state?: RemovalState | undefined;
}): ExportSpec<Removal> {
  return {
    subject: 'removals',
    columns: COLUMNS,
    filters: { ...query },
    read: wholeList<Removal>((ctx) => removalList(ctx, query)),
  };
}
