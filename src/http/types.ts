import type { Actor, Permission } from '../domain/access.ts';
import type { RequestMeta } from '../core/use-case.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission a route needs; 'public' for the few routes anyone may call. Required. */
    permission?: Permission | 'public';
    /** The purpose recorded in the audit when the client sends none. */
    purpose?: string;
    /** The route cleans hostile text itself (the public search page), instead of refusing it. */
    ownsTextHygiene?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
    meta: RequestMeta;
    sessionToken: string | null;
  }
}
