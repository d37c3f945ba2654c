// What can happen to a visit next: a request is scheduled, refused or cancelled; a scheduled
// visit is held, cancelled or refused. A refusal always carries its reason (it is reported).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import type { Resident, Visit } from '../../api/centre-types.ts';
import { TextAreaField } from '../../ui/fields.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { boardKey, residentKey } from '../centres/queries.ts';

type Decision = 'scheduled' | 'refused' | 'held' | 'cancelled';
const NEXT: Partial<Record<Visit['status'], Decision[]>> = {
  requested: ['scheduled', 'refused', 'cancelled'],
  scheduled: ['held', 'cancelled', 'refused'],
};
export const REFUSAL_MIN = 10;

export function VisitActions({ resident, visit }: { resident: Resident; visit: Visit }) {
  const { t } = useTranslation();
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const { mutation, fieldError } = useSubmit({
    send: (status: Decision) =>
      post(`/api/v1/centres/${resident.centreId}/visits/${visit.id}/decision`, {
        status,
        ...(status === 'refused' ? { reason: reason.trim() } : {}),
      }),
    refresh: [residentKey(resident.centreId, resident.personId), boardKey(resident.centreId)],
    onDone: () => setRefusing(false),
  });
  const next = NEXT[visit.status] ?? [];
  if (next.length === 0) return null;
  const decide = (s: Decision) => mutation.mutate(s);
  const tooShort = reason.trim().length < REFUSAL_MIN;

  function refuse(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (!tooShort) decide('refused');
  }

  return (
    <div className="visit-actions">
      <div className="row-actions">
        {next.map((s) =>
          s === 'refused' ? (
            <button
              key={s}
              type="button"
              className="button-quiet danger"
              aria-expanded={refusing}
              onClick={() => setRefusing(!refusing)}
            >
              {t('visitDecision.refused')}
            </button>
          ) : (
            <button
              key={s}
              type="button"
              className="button-quiet"
              disabled={mutation.isPending}
              onClick={() => decide(s)}
            >
              {t(`visitDecision.${s}`)}
            </button>
          ),
        )}
      </div>
      {refusing && (
        <form className="refuse-form" noValidate onSubmit={refuse} aria-label={t('visitDecision.refused')}>
          <TextAreaField
            id={`refuse-${visit.id}`}
            label={t('visits.refusalReason')}
            hint={t('visits.refusalHint')}
            required
            rows={2}
            dir="auto"
            value={reason}
            onValue={setReason}
            error={checked && tooShort ? t('field.tooShort', { count: REFUSAL_MIN }) : fieldError('reason')}
          />
          <button type="submit" className="button-primary danger" disabled={mutation.isPending}>
            {t('visits.confirmRefusal')}
          </button>
        </form>
      )}
      {mutation.isError && <ProblemNotice error={mutation.error} />}
    </div>
  );
}
