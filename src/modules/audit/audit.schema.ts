import { z } from 'zod';

export const auditEventView = z.object({
  seq: z.number(),
  occurredAt: z.string(),
  actorUsername: z.string().nullable(),
  action: z.string(),
  outcome: z.enum(['success', 'denied']),
  entityType: z.string(),
  entityId: z.string().nullable(),
  personId: z.string().nullable(),
  purpose: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export const auditQuery = z.strictObject({
  personId: z.uuid().optional(),
  beforeSeq: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
