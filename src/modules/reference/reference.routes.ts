import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ALPHA3_TO_ALPHA2,
  nationalityLabel,
  STATELESS_CODE,
  UNKNOWN_NATIONALITY_CODE,
} from '../../domain/reference/countries.ts';
import { DOCUMENT_TYPE_INFO } from '../../domain/reference/document-types.ts';
import { LANGS, type Labels } from '../../domain/reference/labels.ts';
import { SPOKEN_LANGUAGE_INFO } from '../../domain/reference/languages.ts';
import { PROVINCES } from '../../domain/reference/provinces.ts';
import { RELATIONSHIP_LABELS } from '../../domain/reference/relationships.ts';
import { SPECIFIC_NEED_GROUPS, SPECIFIC_NEEDS } from '../../domain/reference/specific-needs.ts';
import { typed, type RouteDeps } from '../../http/route-kit.ts';

const labels = z.object({ tr: z.string(), en: z.string(), ar: z.string(), fa: z.string() });
const coded = z.object({ code: z.string(), labels });

function allLabels(label: (lang: (typeof LANGS)[number]) => string): Labels {
  return Object.fromEntries(LANGS.map((l) => [l, label(l)])) as Labels;
}

// Built once: code lists change with releases, not at run time.
let cached: unknown;
function referenceData() {
  cached ??= {
    specificNeeds: SPECIFIC_NEEDS.map((n) => ({
      code: n.code,
      group: n.group,
      family: n.family,
      unverified: n.unverified,
      labels: n.labels,
    })),
    specificNeedGroups: SPECIFIC_NEED_GROUPS.map((g) => ({ code: g.group, labels: g.labels })),
    relationships: Object.entries(RELATIONSHIP_LABELS).map(([code, l]) => ({ code, labels: l })),
    documentTypes: Object.values(DOCUMENT_TYPE_INFO).map((d) => ({ code: d.type, labels: d.labels })),
    provinces: PROVINCES.map((p) => ({ code: p.code, name: p.name })),
    nationalities: [...Object.keys(ALPHA3_TO_ALPHA2), STATELESS_CODE, UNKNOWN_NATIONALITY_CODE].map(
      (code) => ({
        code,
        labels: allLabels((lang) => nationalityLabel(code, lang)),
      }),
    ),
    languages: SPOKEN_LANGUAGE_INFO.map((l) => ({ code: l.code, labels: l.labels })),
  };
  return cached as z.infer<typeof referenceView>;
}

const referenceView = z.object({
  specificNeeds: z.array(
    coded.extend({ group: z.string(), family: z.enum(['statutory', 'unhcr']), unverified: z.boolean() }),
  ),
  specificNeedGroups: z.array(coded),
  relationships: z.array(coded),
  documentTypes: z.array(coded),
  provinces: z.array(z.object({ code: z.string(), name: z.string() })),
  nationalities: z.array(coded),
  languages: z.array(coded),
});

export function referenceRoutes(app: FastifyInstance, _deps: RouteDeps): void {
  typed(app).get(
    '/api/v1/reference',
    {
      config: { permission: 'reference:read' },
      schema: {
        tags: ['reference'],
        summary: 'Code lists with labels in Turkish, English, Arabic and Persian',
        response: { 200: referenceView },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'private, max-age=3600');
      return referenceData();
    },
  );
}
