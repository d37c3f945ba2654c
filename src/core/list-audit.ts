// A list that shows people is an access to each person's data: every record listed gets its own
// audit entry, so that a person's trail names everyone who saw them, in a list or on their page.
import type { UseCaseContext } from './use-case.ts';

/** Audits each listed record (`id`) of a person (`person_id`) under one action. */
export function auditListed(
  ctx: UseCaseContext,
  action: string,
  entityType: string,
  rows: readonly { id: string; person_id: string }[],
): void {
  for (const row of rows) ctx.audit({ action, entityType, entityId: row.id, personId: row.person_id });
}
