// Every list and table leaves the same way: `?format=csv|xlsx|hxl` on its route, its rows read
// page by page through its own module's service (so the scope and the data-sharing boundary of
// the screen apply to the file), written as they come, and one audit event at the end saying
// who exported what, how many rows and with which filters.
import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  csvLine,
  EXPORT_FORMATS,
  EXPORT_MEDIA_TYPES,
  headerLines,
  rowCells,
  UTF8_BOM,
  type Cell,
  type ExportColumn,
  type ExportFormat,
} from '../../domain/exports/table-file.ts';
import { LANGS, type Lang } from '../../domain/reference/labels.ts';
import type { UseCaseContext } from '../../core/use-case.ts';
import { inUseCase, type RouteDeps } from '../../http/route-kit.ts';
import { XlsxWriter } from './xlsx.ts';

export type { ExportColumn } from '../../domain/exports/table-file.ts';

/** The query fields every exportable route adds to its own. */
export const exportQuery = {
  format: z.enum(EXPORT_FORMATS).optional(),
  /** The language of the header row (the values are codes and names as recorded). */
  lang: z.enum(LANGS).optional(),
};

export const PAGE_SIZE = 500;
// A bound on the loop, far above any list the authority keeps (bench/statistics.ts exports 10^6).
const MAX_ROWS = 5_000_000;

/** One page of a list in the reader's scope, from `offset`; a short page is the last. */
export type ReadPage<Row> = (ctx: UseCaseContext, offset: number, limit: number) => Promise<readonly Row[]>;

/** A list its service reads whole (as its screen shows it): one page. */
export const wholeList =
  <Row>(read: (ctx: UseCaseContext) => Promise<readonly Row[]>): ReadPage<Row> =>
  (ctx, offset) =>
    offset === 0 ? read(ctx) : Promise.resolve([]);

export interface ExportSpec<Row> {
  /** What is exported, for the audit and the file name: `worklist.interview_overdue`. */
  subject: string;
  /** The columns; a function where they follow from what the reader may see (an agreement's fields). */
  columns: readonly ExportColumn<Row>[] | ((firstPage: readonly Row[]) => readonly ExportColumn<Row>[]);
  filters: Record<string, unknown>;
  read: ReadPage<Row>;
}

const EXTENSIONS: Record<ExportFormat, string> = { csv: 'csv', hxl: 'hxl.csv', xlsx: 'xlsx' };

/**
 * Answers the request with the list as a file. The first page is read before anything is sent,
 * so a refusal (scope, boundary, bad filter) is an ordinary problem answer.
 */
export async function sendExport<Row>(
  deps: RouteDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  choice: { format: ExportFormat; lang?: Lang | undefined },
  spec: ExportSpec<Row>,
): Promise<FastifyReply> {
  const first = await inUseCase(deps, request, (ctx) => spec.read(ctx, 0, PAGE_SIZE));
  const columns = typeof spec.columns === 'function' ? spec.columns(first) : spec.columns;
  const lang = choice.lang ?? 'tr';
  const name = `${spec.subject.replace(/[^a-z0-9_-]+/gi, '-')}-${deps.today()}.${EXTENSIONS[choice.format]}`;
  const body = Readable.from(fileChunks(deps, request, spec, { ...choice, lang }, columns, first));
  return reply
    .header('content-type', EXPORT_MEDIA_TYPES[choice.format])
    .header('content-disposition', `attachment; filename="${name}"`)
    .header('cache-control', 'no-store')
    .send(body);
}

async function* fileChunks<Row>(
  deps: RouteDeps,
  request: FastifyRequest,
  spec: ExportSpec<Row>,
  choice: { format: ExportFormat; lang: Lang },
  columns: readonly ExportColumn<Row>[],
  first: readonly Row[],
): AsyncGenerator<Buffer> {
  const xlsx =
    choice.format === 'xlsx'
      ? new XlsxWriter(deps.today(), choice.lang === 'ar' || choice.lang === 'fa')
      : null;
  const encode = (rows: Cell[][]) =>
    xlsx ? xlsx.rows(rows) : Buffer.from(rows.map(csvLine).join(''), 'utf8');
  const audit = (rows: number, completed: boolean) =>
    inUseCase(deps, request, (ctx) => {
      ctx.audit({
        action: 'export',
        entityType: 'export',
        details: { subject: spec.subject, format: choice.format, rows, filters: spec.filters, completed },
      });
      return Promise.resolve();
    });
  let rows = 0;
  let audited = false;
  // One piece is held back until the next is read: the file is only whole once the export is
  // audited, so a reader never holds a complete file that the trail does not know of.
  let held: Buffer = Buffer.concat([
    xlsx ? xlsx.start() : Buffer.from(UTF8_BOM, 'utf8'),
    encode(headerLines(columns, choice.lang, choice.format)),
  ]);
  try {
    let page = first;
    while (page.length > 0) {
      rows += page.length;
      const piece = encode(page.map((row) => rowCells(columns, row)));
      yield held;
      held = piece;
      if (page.length < PAGE_SIZE || rows >= MAX_ROWS) break;
      const offset = rows;
      page = await inUseCase(deps, request, (ctx) => spec.read(ctx, offset, PAGE_SIZE));
    }
    await audit(rows, true);
    audited = true;
    yield xlsx ? Buffer.concat([held, xlsx.finish()]) : held;
  } finally {
    // The reader went away (or a page failed): what had left is recorded, in its own transaction.
    if (!audited)
      await audit(rows, false).catch((error: unknown) =>
        request.log.error({ err: error }, 'could not audit an interrupted export'),
      );
  }
}
