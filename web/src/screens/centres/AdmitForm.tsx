// Admitting a waiting request: its person and family go together into one unit on one day. The
// unit's rules are the server's; a refusal names the rule for each person it keeps out.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import type { Board, WaitingEntry } from '../../api/centre-types.ts';
import { DateField, SelectField } from '../../ui/fields.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { Auto } from '../../ui/text.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { boardKey, waitingKey } from './queries.ts';

interface Props {
  board: Board;
  entry: WaitingEntry;
  onDone: (unitName: string) => void;
}

export function AdmitForm({ board, entry, onDone }: Props) {
  const { t } = useTranslation();
  const today = todayInTurkiye();
  const units = board.centre.units.filter((u) => u.active);
  const [unitId, setUnitId] = useState('');
  const [admittedOn, setAdmittedOn] = useState(today);
  const [checked, setChecked] = useState(false);
  const unit = units.find((u) => u.id === unitId);
  const personIds = [entry.personId, ...entry.memberIds];
  const { mutation, problem, fieldError } = useSubmit({
    send: () => post('/api/v1/admissions', { unitId, personIds, admittedOn }),
    refresh: [boardKey(board.centre.id), waitingKey],
    onDone: () => onDone(unit?.name ?? ''),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (unitId && admittedOn) mutation.mutate();
  }

  const id = `admit-${entry.id}`;
  return (
    <form className="action-box admit-form" noValidate onSubmit={submit} aria-label={t('admit.title')}>
      <p className="small">{t('admit.together', { count: entry.people })}</p>
      {entry.members.length > 1 && (
        <ul className="small admit-members">
          {entry.members.map((m) => (
            <li key={m.personId}>
              <Auto>{m.name}</Auto>
            </li>
          ))}
        </ul>
      )}
      <div className="grid-2">
        <SelectField
          id={`${id}-unit`}
          label={t('admit.unit')}
          required
          value={unitId}
          onValue={setUnitId}
          placeholder={t('common.choose')}
          error={checked && !unitId ? t('field.required') : fieldError('unitId')}
          options={units.map((u) => ({
            value: u.id,
            label: `${u.name} · ${t(`unitType.${u.unitType}`)}${u.sexRestriction ? ` · ${t(`unitSex.${u.sexRestriction}`)}` : ''} · ${t('board.free', { count: u.free })}`,
          }))}
        />
        <DateField
          id={`${id}-on`}
          label={t('admit.on')}
          required
          value={admittedOn}
          max={today}
          onValue={setAdmittedOn}
          error={checked && !admittedOn ? t('field.required') : fieldError('admittedOn')}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button-primary" disabled={mutation.isPending}>
          {t('admit.submit', { count: entry.people })}
        </button>
      </div>
      {problem?.code === 'UNIT_EXCLUDES_PERSON' ? (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{t('problem.UNIT_EXCLUDES_PERSON')}</p>
          <ul className="notice-detail">
            {(problem.refusals ?? []).map((r) => (
              <li key={`${r.personId}-${r.rule}`}>
                <Auto>{entry.members.find((m) => m.personId === r.personId)?.name ?? t('admit.member')}</Auto>
                : {t(`unitRule.${r.rule}`, { defaultValue: r.rule })}
              </li>
            ))}
          </ul>
        </div>
      ) : problem?.code === 'UNIT_FULL' ? (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{t('problem.UNIT_FULL')}</p>
          <p className="notice-detail">
            {t('admit.full', {
              unit: unit?.name ?? '',
              free: problem.free ?? unit?.free ?? 0,
              count: problem.needed ?? entry.people,
            })}
          </p>
        </div>
      ) : (
        mutation.isError && <ProblemNotice error={mutation.error} />
      )}
    </form>
  );
}
