// The portal's published pages, rendered once and kept in memory with their brotli and gzip forms
// and ETags, until something is published. A page read costs a map lookup, not a query.
//
// Invalidation across processes: every publication raises portal_generation.generation in its
// own transaction. Each process compares that row at most once per `freshnessMs` (one query a
// second, whatever the traffic; concurrent readers share it), and drops its pages when it moved.
// The process that published does not wait: the editing route calls changed() after the commit,
// so its next read checks at once. A page is tagged with the generation read *before* it was
// rendered, so a render racing a publication can never be kept under the new generation.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Db } from '../../db/database.ts';
import type { Lang } from '../../domain/reference/labels.ts';
import * as repo from './portal.repository.ts';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export interface RenderedPage {
  status: number;
  lang: Lang;
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
  /** ETags per representation: the compressed bytes differ, so each has its own. */
  etag: { identity: string; br: string; gzip: string };
}

interface Entry {
  generation: number;
  page: Promise<RenderedPage | null>;
  /** The page once rendered, for the answer that cannot wait (portal.fast-path.ts). */
  ready?: RenderedPage;
}

let freshnessMs = 1000;
/** How old the last look at the generation may be (0: look on every read; for measuring). */
export function configurePortalCache(options: { freshnessMs: number }): void {
  freshnessMs = options.freshnessMs;
}

export async function renderedPage(html: string, lang: Lang, status: number): Promise<RenderedPage> {
  const identity = Buffer.from(html);
  const [br, gz] = await Promise.all([
    brotli(identity, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
      },
    }),
    gzip(identity, { level: 9 }),
  ]);
  const tag = createHash('sha256').update(identity).digest('base64url').slice(0, 27);
  return {
    status,
    lang,
    identity,
    br,
    gzip: gz,
    etag: { identity: `"${tag}"`, br: `"${tag}-br"`, gzip: `"${tag}-gz"` },
  };
}

export class PortalCache {
  private readonly pages = new Map<string, Entry>();
  private generation = -1;
  private checkedAt = 0;
  /** Raised by changed(): a look at the generation that began before it does not count. */
  private epoch = 0;
  private looking: Promise<number> | null = null;

  constructor(private readonly db: Db) {}

  /** The generation now, from memory when it was looked at recently enough. */
  current(): number | Promise<number> {
    if (this.generation >= 0 && Date.now() - this.checkedAt < freshnessMs) return this.generation;
    if (this.looking) return this.looking;
    const looking = this.look().finally(() => {
      if (this.looking === looking) this.looking = null;
    });
    return (this.looking = looking);
  }

  private async look(): Promise<number> {
    const epoch = this.epoch;
    const generation = await repo.generation(this.db.kysely);
    if (generation !== this.generation) this.pages.clear();
    this.generation = generation;
    if (epoch === this.epoch) this.checkedAt = Date.now();
    return generation;
  }

  /** The page under `key` if it is rendered and known current right now; else undefined. */
  peek(key: string): RenderedPage | undefined {
    if (this.generation < 0 || Date.now() - this.checkedAt >= freshnessMs) return undefined;
    const entry = this.pages.get(key);
    return entry?.generation === this.generation ? entry.ready : undefined;
  }

  /** This process published: look at the generation on the next read. */
  changed(): void {
    this.epoch += 1;
    this.checkedAt = 0;
    this.looking = null;
  }

  /** The page under `key`, rendered by `render` on the first read of this generation. */
  async page(
    key: string,
    render: () => Promise<{ html: string; lang: Lang; status: number } | null>,
  ): Promise<RenderedPage | null> {
    const generation = await this.current();
    const cached = this.pages.get(key);
    if (cached && cached.generation === generation) return cached.page;
    const page = render().then((r) => (r ? renderedPage(r.html, r.lang, r.status) : null));
    const entry: Entry = { generation, page };
    this.pages.set(key, entry);
    void page.then(
      (p) => (entry.ready = p ?? undefined),
      () => undefined,
    );
    // Only pages are kept: a path that is not one (any slug a visitor types) or a failed render
    // is forgotten, so the map holds at most the published pages.
    const forget = () => {
      if (this.pages.get(key)?.page === page) this.pages.delete(key);
    };
    page.then((p) => p ?? forget(), forget);
    return page;
  }
}

/** The cache key of a page: the same for the route and for the answer from memory. */
export const pageKey = {
  home: (lang: Lang) => `home/${lang}`,
  section: (lang: Lang, section: string) => `section/${lang}/${section}`,
  article: (lang: Lang, section: string, slug: string) => `article/${lang}/${section}/${slug}`,
  notFound: (lang: Lang) => `404/${lang}`,
};

const caches = new WeakMap<Db, PortalCache>();

/** One cache per database handle (a process has one; a test file may open several apps). */
export function portalCacheFor(db: Db): PortalCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new PortalCache(db)));
  return cache;
}
