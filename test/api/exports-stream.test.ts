// The exporter itself on a list far longer than a page: it streams page by page, audits once at
// the end with the count, and a reader who goes away mid-file leaves one whole audit event that
// says the file was not completed, and no error. Real HTTP and a real migrated database; the
// list is made up so that it can be long without registering thousands of people.
import Fastify, { type FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../src/http/types.ts';
import type { Db } from '../../src/db/database.ts';
import { SYSTEM_META } from '../../src/core/use-case.ts';
import { PAGE_SIZE, sendExport, type ExportColumn } from '../../src/modules/exports/exports.service.ts';
import { openTestDatabase } from '../support/database.ts';
import { unzip } from '../support/unzip.ts';

const ROWS = PAGE_SIZE * 40 + 7;
interface Row {
  n: number;
  name: string;
}
const COLUMNS: ExportColumn<Row>[] = [
  { labels: { tr: 'Sıra', en: 'No', ar: 'رقم', fa: 'شماره' }, hxl: '#meta+n', value: (r) => r.n },
  { labels: { tr: 'Ad', en: 'Name', ar: 'الاسم', fa: 'نام' }, hxl: '#meta+name', value: (r) => r.name },
];

let db: Db;
let dispose: () => Promise<void>;
let app: FastifyInstance;
let base: string;
const pagesRead: number[] = [];

beforeAll(async () => {
  ({ db, dispose } = await openTestDatabase());
  app = Fastify();
  app.addHook('onRequest', (request, _reply, done) => {
    request.actor = null;
    request.meta = { ...SYSTEM_META, requestId: String(request.id) };
    done();
  });
  const deps = { db, sessionHours: 1, today: () => '2026-11-29' };
  app.get<{ Querystring: { format: 'csv' | 'xlsx' | 'hxl' } }>('/long', (request, reply) =>
    sendExport(
      deps,
      request,
      reply,
      { format: request.query.format, lang: 'ar' },
      {
        subject: 'test.long',
        columns: COLUMNS,
        filters: { made: 'up' },
        read: (_ctx, offset, limit) => {
          pagesRead.push(offset);
          const count = Math.max(0, Math.min(limit, ROWS - offset));
          const rows = Array.from({ length: count }, (_, i) => ({
            n: offset + i + 1,
            name: `سارا ${offset + i + 1}`,
          }));
          return Promise.resolve(rows);
        },
      },
    ),
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app.close();
  await dispose();
});

const audits = () =>
  db.kysely
    .selectFrom('audit_event')
    .select(['details'])
    .where('action', '=', 'export')
    .orderBy('seq')
    .execute();

describe('a long export', () => {
  it('leaves whole, page by page, and is audited once with the count', async () => {
    pagesRead.length = 0;
    const res = await fetch(`${base}/long?format=csv`);
    const text = (await res.text()).slice(1);
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(ROWS + 1);
    expect(lines.at(-1)).toBe(`${ROWS},سارا ${ROWS}`);
    expect(pagesRead).toHaveLength(41);
    const events = await audits();
    expect(events.at(-1)!.details).toEqual({
      subject: 'test.long',
      format: 'csv',
      rows: ROWS,
      filters: { made: 'up' },
      completed: true,
    });
  });

  it('as XLSX has every row', async () => {
    const res = await fetch(`${base}/long?format=xlsx`);
    const sheet = unzip(Buffer.from(await res.arrayBuffer())).get('xl/worksheets/sheet1.xml')!;
    expect(sheet.match(/<row /g)).toHaveLength(ROWS + 1);
    expect(sheet).toContain(`<t xml:space="preserve">سارا ${ROWS}</t>`);
  });

  it('cut off by the reader: one whole audit event saying it was not completed, and no error', async () => {
    const before = (await audits()).length;
    const controller = new AbortController();
    const res = await fetch(`${base}/long?format=hxl`, { signal: controller.signal });
    const reader = res.body!.getReader();
    await reader.read();
    controller.abort();
    await reader.cancel().catch(() => undefined);
    let events = await audits();
    for (let i = 0; i < 100 && events.length === before; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      events = await audits();
    }
    expect(events).toHaveLength(before + 1);
    const details = events.at(-1)!.details as { completed: boolean; rows: number };
    expect(details.completed).toBe(false);
    expect(details.rows).toBeLessThan(ROWS);
    // The server answers the next request as ever.
    const next = await fetch(`${base}/long?format=csv`);
    expect(next.status).toBe(200);
    await next.text();
  });
});
