// A person as the viewer's organisation may see them (a lawyer: their client, while the power of
// attorney is in force): only the fields the boundary lets through, named. Outside it the server
// answers 403 whether or not the record exists.
import { useTranslation } from 'react-i18next';
import { useTitle } from '../../app/useTitle.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { useSharedPerson } from './queries.ts';
import { SharedRecordView, useFieldNames } from './SharedRecordView.tsx';
import '../person/person.css';
import '../resettlement/resettlement.css';

export function SharedPersonPage({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const query = useSharedPerson(personId);
  const fieldNames = useFieldNames();
  const name = query.data && typeof query.data.record.name === 'string' ? query.data.record.name : null;
  useTitle(name ?? t('shared.title'));
  if (query.isPending) return <p className="loading">{t('common.loading')}</p>;
  if (query.isError) return <ProblemNotice error={query.error} />;
  return (
    <article className="page person shared-person" aria-labelledby="shared-heading">
      <header className="person-head">
        <div>
          <p className="muted case-kind">{t('shared.title')}</p>
          <h1 id="shared-heading">
            <bdi dir="auto">{name ?? t('shared.title')}</bdi>
          </h1>
        </div>
      </header>
      <section className="panel" aria-labelledby="shared-record-heading">
        <h2 id="shared-record-heading">{t('shared.record')}</h2>
        <SharedRecordView record={query.data.record} />
        <p className="small muted shared-fields">
          {t('agency.fieldsShared')} {fieldNames(query.data.record)}
        </p>
      </section>
    </article>
  );
}
