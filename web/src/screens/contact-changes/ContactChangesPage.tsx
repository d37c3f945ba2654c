// Changes of address or phone that applicants reported on the portal, waiting for an officer of
// the province: what they reported beside what the record says now. Accepting updates the
// person's record; rejecting leaves it as it is.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, post } from '../../api/client.ts';
import { useLabels } from '../../api/reference.ts';
import { useTitle } from '../../app/useTitle.ts';
import { Link } from '../../router.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { ListPage } from '../../ui/ListPage.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { Auto, DayText, Ltr } from '../../ui/text.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import '../portal/portal.css';

interface Place {
  provinceCode: string | null;
  district: string | null;
  phone: string | null;
}

interface ContactChange {
  id: string;
  personId: string;
  name: string;
  fictional: boolean;
  reportedOn: string;
  reported: Place & { address: string | null };
  current: Place;
}

const changesKey = ['contact-changes'] as const;

export function ContactChangesPage() {
  const { t } = useTranslation();
  useTitle(t('contactChanges.title'));
  const list = useQuery({
    queryKey: changesKey,
    queryFn: () => api<ContactChange[]>('/api/v1/contact-changes'),
  });
  const [done, setDone] = useState<string | null>(null);
  const { mutation } = useSubmit({
    send: ({ id, decision }: { id: string; decision: 'accepted' | 'rejected' }) =>
      post(`/api/v1/contact-changes/${encodeURIComponent(id)}/decision`, { decision }),
    refresh: [changesKey],
    onDone: () => setDone(t(`contactChanges.done.${mutation.variables?.decision ?? 'accepted'}`)),
  });
  const decide = (id: string, decision: 'accepted' | 'rejected') => {
    setDone(null);
    mutation.mutate({ id, decision });
  };
  return (
    <ListPage
      className="contact-changes"
      headingId="contact-changes-heading"
      title={t('contactChanges.title')}
      intro={t('contactChanges.intro')}
      above={
        <>
          {done && (
            <p className="notice notice-info" role="status">
              {done}
            </p>
          )}
          {mutation.isError && <ProblemNotice error={mutation.error} />}
        </>
      }
      query={list}
      emptyMessage={t('contactChanges.empty')}
    >
      {(items) => (
        <DataTable
          caption={t('contactChanges.title')}
          columns={[
            t('contactChanges.person'),
            t('contactChanges.reportedOn'),
            t('contactChanges.reported'),
            t('contactChanges.current'),
            t('contactChanges.decision'),
          ]}
        >
          {items.map((c) => (
            <tr key={c.id} data-change={c.id}>
              <th scope="row">
                <Link to={`/persons/${c.personId}`}>
                  <Auto>{c.name}</Auto>
                </Link>
              </th>
              <td>
                <DayText value={c.reportedOn} />
              </td>
              <td>
                <Values place={c.reported} address={c.reported.address} />
              </td>
              <td>
                <Values place={c.current} />
              </td>
              <td>
                <div className="version-actions">
                  <button
                    type="button"
                    className="button-primary"
                    disabled={mutation.isPending}
                    onClick={() => decide(c.id, 'accepted')}
                  >
                    {t('contactChanges.accept')}
                  </button>
                  <button
                    type="button"
                    className="button-secondary"
                    disabled={mutation.isPending}
                    onClick={() => decide(c.id, 'rejected')}
                  >
                    {t('contactChanges.reject')}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </ListPage>
  );
}

function Values({ place, address }: { place: Place; address?: string | null }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const none = <span className="muted">—</span>;
  return (
    <dl className="contact-values">
      <dt className="muted">{t('contactChanges.province')}</dt>
      <dd>{place.provinceCode ? labels.province(place.provinceCode) : none}</dd>
      <dt className="muted">{t('contactChanges.district')}</dt>
      <dd>{place.district ? <Auto>{place.district}</Auto> : none}</dd>
      {address !== undefined && (
        <>
          <dt className="muted">{t('contactChanges.address')}</dt>
          <dd>{address ? <Auto>{address}</Auto> : none}</dd>
        </>
      )}
      <dt className="muted">{t('contactChanges.phone')}</dt>
      <dd>{place.phone ? <Ltr>{place.phone}</Ltr> : none}</dd>
    </dl>
  );
}
