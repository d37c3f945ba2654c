// The fields of a resettlement step besides its date: the form (priority, two categories, the
// narrative), the review's outcome, the state, the state's decision for each member, the
// pre-departure checks, and the reason for a withdrawal.
import { useTranslation } from 'react-i18next';
import {
  DECISION_MODES,
  PRIORITIES,
  REVIEW_OUTCOMES,
  SUBMISSION_CATEGORIES,
} from '../../api/sharing-codes.ts';
import type { ResettlementCase } from '../../api/sharing-types.ts';
import { RadioGroup, SelectField, TextAreaField } from '../../ui/fields.tsx';
import { DayText } from '../../ui/text.tsx';
import { useOrganisations } from '../sharing/queries.ts';
import { memberName } from './members.ts';
import { NARRATIVE_MIN, type StepValues } from './stepValues.ts';
import type { StepName } from './steps.ts';

interface Props {
  kase: ResettlementCase;
  step: StepName;
  values: StepValues;
  set: (change: Partial<StepValues>) => void;
  /** The message for a field: required and left empty, or the server's word on it. */
  error: (field: string, message?: string) => string | undefined;
}

export function StepFields({ kase: c, step, values: v, set, error }: Props) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const categories = SUBMISSION_CATEGORIES.map((k) => ({ value: k, label: t(`rsCategory.${k}`) }));
  switch (step) {
    case 'prepare_rrf':
      return (
        <>
          <RadioGroup
            name="rrf-priority"
            legend={t('resettlement.priority')}
            required
            value={v.priority}
            onValue={(priority) => set({ priority })}
            options={PRIORITIES.map((p) => ({ value: p, label: t(`rsPriority.${p}`) }))}
            error={error('priority')}
          />
          <div className="grid-2">
            <SelectField
              id="rrf-primary"
              label={t('resettlement.primaryCategory')}
              required
              value={v.primaryCategory}
              onValue={(primaryCategory) => set({ primaryCategory })}
              placeholder={t('common.choose')}
              options={categories}
              error={error('primaryCategory')}
            />
            <SelectField
              id="rrf-secondary"
              label={t('resettlement.secondaryCategory')}
              required
              value={v.secondaryCategory}
              onValue={(secondaryCategory) => set({ secondaryCategory })}
              placeholder={t('common.choose')}
              options={categories.filter((o) => o.value !== v.primaryCategory)}
              error={error('secondaryCategory', t('resettlement.sameCategory'))}
            />
          </div>
          <TextAreaField
            id="rrf-narrative"
            label={t('resettlement.narrative')}
            hint={t('resettlement.narrativeHint', { count: NARRATIVE_MIN })}
            required
            dir="auto"
            rows={6}
            maxLength={20000}
            value={v.narrative}
            onValue={(narrative) => set({ narrative })}
            error={error('narrative')}
          />
        </>
      );
    case 'review':
      return (
        <RadioGroup
          name="review-outcome"
          legend={t('resettlement.reviewOutcome')}
          required
          value={v.outcome}
          onValue={(outcome) => set({ outcome })}
          options={REVIEW_OUTCOMES.map((o) => ({ value: o, label: t(`rsReviewOutcome.${o}`) }))}
          error={error('outcome')}
        />
      );
    case 'submit':
      return (
        <SelectField
          id="submit-state"
          label={t('resettlement.state')}
          required
          value={v.stateCode}
          onValue={(stateCode) => set({ stateCode })}
          placeholder={t('common.choose')}
          options={(organisations.data ?? [])
            .filter((o) => o.kind === 'resettlement_state')
            .map((o) => ({ value: o.code, label: o.name }))}
          error={error('stateCode')}
        />
      );
    case 'state_decision':
      return (
        <>
          <RadioGroup
            name="decision-mode"
            legend={t('resettlement.decisionMode')}
            required
            value={v.mode}
            onValue={(mode) => set({ mode })}
            options={DECISION_MODES.map((m) => ({ value: m, label: t(`rsDecisionMode.${m}`) }))}
            error={error('mode')}
          />
          <fieldset className="field">
            <legend>{t('resettlement.memberDecisions')}</legend>
            <ul className="member-decisions">
              {c.members.map((m, i) => (
                <li key={m.personId}>
                  <RadioGroup
                    name={`decision-${m.personId}`}
                    legend={memberName(m, i, t)}
                    required
                    value={v.decisions[m.personId] ?? ''}
                    onValue={(d) => set({ decisions: { ...v.decisions, [m.personId]: d } })}
                    options={(['accepted', 'rejected'] as const).map((d) => ({
                      value: d,
                      label: t(`rsMemberDecision.${d}`),
                    }))}
                    error={v.decisions[m.personId] ? undefined : error('decisions')}
                  />
                </li>
              ))}
            </ul>
          </fieldset>
        </>
      );
    case 'pre_departure':
      return (
        <fieldset className="field">
          <legend>{t('resettlement.preDepartureDone')}</legend>
          {(['medical', 'orientation'] as const).map((k) => {
            const doneOn = k === 'medical' ? c.medicalOn : c.orientationOn;
            return (
              <label key={k} className="choice-option">
                <input
                  type="checkbox"
                  checked={v[k]}
                  onChange={(e) =>
                    set(k === 'medical' ? { medical: e.target.checked } : { orientation: e.target.checked })
                  }
                />
                {t(`resettlement.${k}Check`)}
                {doneOn && (
                  <span className="small muted">
                    {' '}
                    ({t('resettlement.doneOn')} <DayText value={doneOn} />)
                  </span>
                )}
              </label>
            );
          })}
        </fieldset>
      );
    case 'withdraw':
      return (
        <TextAreaField
          id="withdraw-reason"
          label={t('resettlement.withdrawReason')}
          required
          dir="auto"
          rows={3}
          maxLength={1000}
          value={v.reason}
          onValue={(reason) => set({ reason })}
          error={error('reason', t('field.tooShort', { count: 3 }))}
        />
      );
    case 'accept_referral':
    case 'send_to_review':
    case 'exit_permission':
    case 'depart':
      return null;
  }
}
