// The person's protection cases, and for registration officers the way to lodge an application.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../api/reference.ts';
import type { PersonView } from '../../api/types.ts';
import { can } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { Link } from '../../router.tsx';
import { FormToggle } from '../../ui/FormToggle.tsx';
import { QueryList } from '../../ui/QueryList.tsx';
import { DayText, Ltr } from '../../ui/text.tsx';
import { StateBadge } from '../case/CaseHeader.tsx';
import { FINAL_STATES } from '../case/codes.ts';
import { useCasesOfPerson } from './casesOfPerson.ts';
import { LodgeForm } from './LodgeForm.tsx';

export function CasesPanel({ person }: { person: PersonView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: user } = useSession();
  const [lodging, setLodging] = useState(false);
  const cases = useCasesOfPerson(person.id);
  const hasOpenCase = (cases.data ?? []).some((c) => !FINAL_STATES.has(c.state));
  const mayLodge = can(user, 'cases:lodge') && cases.isSuccess && !hasOpenCase;

  return (
    <section className="panel" aria-labelledby="cases-heading">
      <div className="panel-head">
        <h2 id="cases-heading">{t('cases.title')}</h2>
        {mayLodge && (
          <FormToggle
            open={lodging}
            onToggle={() => setLodging(!lodging)}
            label={t('cases.lodge')}
            controls="lodge-form"
          />
        )}
      </div>
      <QueryList query={cases} emptyMessage={t('cases.none')}>
        {(items) => (
          <ul className="case-list">
            {items.map((c) => (
              <li key={c.id}>
                <Link to={`/cases/${c.id}`}>
                  <Ltr className="mono">{c.reference}</Ltr>
                </Link>
                <StateBadge state={c.state} />
                <span>{t(`track.${c.track}`)}</span>
                <span className="small muted">
                  {t('case.lodgedOn')} <DayText value={c.lodgedOn} /> · {labels.province(c.provinceCode)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </QueryList>
      {hasOpenCase && can(user, 'cases:lodge') && <p className="small muted">{t('cases.openExists')}</p>}
      {lodging && mayLodge && <LodgeForm person={person} />}
    </section>
  );
}
