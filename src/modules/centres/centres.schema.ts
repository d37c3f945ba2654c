import { z } from 'zod';
import { CENTRE_KINDS, OPERATORS, UNIT_SEXES, UNIT_TYPES } from '../../domain/centres/unit-rules.ts';
import { isoDate, provinceCode } from '../../core/field-schemas.ts';

const label = z.string().trim().min(1).max(120);

export const centreIdParams = z.strictObject({ id: z.uuid() });

export const unitInput = z.strictObject({
  name: label,
  unitType: z.enum(UNIT_TYPES),
  sexRestriction: z.enum(UNIT_SEXES).nullish(),
  capacity: z.number().int().min(1).max(5000),
});

export const centreInput = z
  .strictObject({
    code: z
      .string()
      .trim()
      .regex(/^[A-Z0-9-]{2,20}$/, 'must be 2–20 capital letters, digits or hyphens'),
    name: label,
    kind: z.enum(CENTRE_KINDS),
    provinceCode,
    operator: z.enum(OPERATORS),
    operatorName: label.nullish(),
    protocolReference: label.nullish(),
    units: z.array(unitInput).max(500).default([]),
  })
  .superRefine((c, ctx) => {
    if (c.operator === 'partner') {
      // A partner runs a centre only under a protocol with the authority (2014 Regulation).
      if (!c.operatorName)
        ctx.addIssue({ code: 'custom', path: ['operatorName'], message: 'names the partner' });
      if (!c.protocolReference)
        ctx.addIssue({ code: 'custom', path: ['protocolReference'], message: 'names the protocol' });
    }
  });
export type CentreInput = z.infer<typeof centreInput>;

export const unitChanges = z.strictObject({
  capacity: z.number().int().min(1).max(5000).optional(),
  active: z.boolean().optional(),
});

export const unitView = z.object({
  id: z.uuid(),
  name: z.string(),
  unitType: z.enum(UNIT_TYPES),
  sexRestriction: z.enum(UNIT_SEXES).nullable(),
  capacity: z.number(),
  occupied: z.number(),
  free: z.number(),
  active: z.boolean(),
});

export const centreSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(CENTRE_KINDS),
  provinceCode: z.string(),
  operator: z.enum(OPERATORS),
  operatorName: z.string().nullable(),
  protocolReference: z.string().nullable(),
  capacity: z.number(),
  occupied: z.number(),
});

export const centreView = centreSummary.extend({ units: z.array(unitView) });

export const occupancyQuery = z.strictObject({ from: isoDate, to: isoDate });
export const occupancyView = z.object({
  centreId: z.uuid(),
  days: z.array(
    z.object({ date: z.string(), occupied: z.number(), units: z.record(z.string(), z.number()) }),
  ),
});
