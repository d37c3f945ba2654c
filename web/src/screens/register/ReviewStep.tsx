// One last look before the family is registered in a single transaction.
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../api/reference.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { Auto, DateText, Ltr, PersonName } from '../../ui/text.tsx';
import { isoBirthDate, type MemberEntry, type PersonEntry } from './draft.ts';

function Decision({ entry }: { entry: PersonEntry }) {
  const { t } = useTranslation();
  const count = entry.check?.candidates.length ?? 0;
  if (count === 0) return <span className="status-ok">{t('review.noCandidates')}</span>;
  return (
    <span className="status-warn">
      {t('review.override', { count })} — <Auto>{entry.check?.reason}</Auto>
    </span>
  );
}

interface Props {
  principal: PersonEntry;
  members: MemberEntry[];
  onBack: () => void;
  onRegister: () => void;
  pending: boolean;
}

export function ReviewStep({ principal, members, onBack, onRegister, pending }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const p = principal.draft;
  return (
    <div className="step">
      <h2>{t('review.title')}</h2>
      <DataTable
        caption={t('review.caption', { count: members.length + 1 })}
        captionShown
        columns={[
          t('review.name'),
          t('register.relationship'),
          t('person.dateOfBirth'),
          t('person.nationality'),
          t('review.needs'),
          t('review.duplicateCheck'),
        ]}
      >
        <tr>
          <th scope="row">
            <PersonName person={p} />
          </th>
          <td>{labels.relationship('principal')}</td>
          <td>
            <DateText value={isoBirthDate(p) ?? null} precision={p.dateOfBirthPrecision} />
          </td>
          <td>{labels.nationality(p.nationality)}</td>
          <td>{p.specificNeeds.map((c) => labels.need(c)).join(', ') || '—'}</td>
          <td>
            <Decision entry={principal} />
          </td>
        </tr>
        {members.map((m, i) => (
          <tr key={i}>
            <th scope="row">
              <PersonName person={m.existing ?? m.draft} />
            </th>
            <td>{labels.relationship(m.relationship)}</td>
            <td>
              {m.existing ? (
                <DateText value={m.existing.dateOfBirth} precision={m.existing.dateOfBirthPrecision} />
              ) : (
                <DateText value={isoBirthDate(m.draft) ?? null} precision={m.draft.dateOfBirthPrecision} />
              )}
            </td>
            <td>{labels.nationality(m.existing?.nationality ?? m.draft.nationality)}</td>
            <td>{m.existing ? '—' : m.draft.specificNeeds.map((c) => labels.need(c)).join(', ') || '—'}</td>
            <td>
              {m.existing ? (
                <span>
                  {t('register.existingPerson')} <Ltr className="mono">{m.existing.foreignerIdNumber}</Ltr>
                </span>
              ) : (
                <Decision entry={m} />
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      <div className="actions step-actions">
        <button type="button" className="button-quiet" onClick={onBack}>
          {t('common.back')}
        </button>
        <button type="button" className="button-primary" onClick={onRegister} disabled={pending}>
          {pending
            ? t('review.registering')
            : members.length
              ? t('review.registerFamily')
              : t('review.registerPerson')}
        </button>
      </div>
    </div>
  );
}
