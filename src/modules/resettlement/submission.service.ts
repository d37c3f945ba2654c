// The submission package for a resettlement state: the form and its members, containing only
// the fields the state's agreement for "resettlement_submission" lists. Each export is audited.
import { escapeHtml } from '../../core/html.ts';
import { project, type ShareableField } from '../../domain/sharing/boundary.ts';
import type { UseCaseContext } from '../../core/use-case.ts';
import { fullShareableRecord } from '../sharing/boundary.service.ts';
import * as sharing from '../sharing/records.service.ts';
import * as repo from './resettlement.repository.ts';
import { loadResettlementInScope, violation } from './resettlement.service.ts';

export async function submissionPackage(ctx: UseCaseContext, id: string, format: 'json' | 'html') {
  const row = await loadResettlementInScope(ctx, id, 'resettlement.export');
  if (!row.submitted_on || !row.submitted_to)
    throw violation('Only a submitted case has a submission package', 'STAGE', [], { stage: row.stage });
  const state = await sharing.resettlementStateOf(ctx, row.submitted_to);
  const agreement = state
    ? await sharing.agreementInForce(ctx, state.code, 'resettlement_submission', ctx.today)
    : undefined;
  if (!state || !agreement) throw violation('No agreement says what this state may receive', 'NO_AGREEMENT');
  const fields = agreement.fields as ShareableField[];
  const members = await repo.membersOf(ctx.trx, id);
  const people = [];
  for (const m of members) {
    const full = await fullShareableRecord(ctx, m.person_id);
    if (full) people.push({ relationship: m.relationship, ...project(full.record, fields) });
  }
  const pkg = {
    reference: row.reference,
    submittedTo: state.code,
    submittedOn: row.submitted_on,
    priority: row.priority,
    primaryCategory: row.primary_category,
    secondaryCategory: row.secondary_category,
    narrative: row.narrative,
    agreement: { reference: agreement.reference, fields },
    members: people,
  };
  ctx.audit({
    action: 'resettlement.export',
    entityType: 'resettlement_case',
    entityId: id,
    personId: row.principal_person_id,
    details: { format, state: state.code, fields },
  });
  return format === 'json' ? pkg : printable(pkg);
}

const escape = (v: string | number | null | undefined) => escapeHtml(String(v ?? ''));

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return escape(value.join(', '));
  if (typeof value === 'object') return escape(Object.values(value).filter(Boolean).join(', '));
  if (typeof value === 'string' || typeof value === 'number') return escape(value);
  return escape(JSON.stringify(value));
}

function printable(pkg: {
  reference: string;
  submittedTo: string;
  submittedOn: string | null;
  priority: string | null;
  primaryCategory: string | null;
  secondaryCategory: string | null;
  narrative: string | null;
  agreement: { reference: string; fields: string[] };
  members: Record<string, unknown>[];
}): string {
  const columns = ['relationship', ...pkg.agreement.fields];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(pkg.reference)}</title>
<style>body{font:14px/1.5 system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3rem .5rem;text-align:start}</style></head>
<body><h1>Resettlement Registration Form ${escape(pkg.reference)}</h1>
<p>Submitted to ${escape(pkg.submittedTo)} on ${escape(pkg.submittedOn)} · priority ${escape(pkg.priority)} · categories ${escape(pkg.primaryCategory)}, ${escape(pkg.secondaryCategory)}</p>
<h2>Members</h2><table><thead><tr>${columns.map((c) => `<th>${escape(c)}</th>`).join('')}</tr></thead><tbody>
${pkg.members.map((m) => `<tr>${columns.map((c) => `<td>${cell(m[c])}</td>`).join('')}</tr>`).join('\n')}
</tbody></table><h2>Narrative</h2><p>${escape(pkg.narrative)}</p>
<p><small>Only the fields of agreement ${escape(pkg.agreement.reference)} are included.</small></p></body></html>`;
}
