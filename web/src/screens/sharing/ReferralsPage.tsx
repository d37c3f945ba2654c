// Referrals between agencies. An organisation's officers see its inbox (referrals it received)
// and its outbox (those it sent); the authority's staff see the referrals of people in their
// province. Each opens the referral page.
import { useTranslation } from 'react-i18next';
import type { ReferralSummary } from '../../api/sharing-types.ts';
import { organisationOf } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { useTitle } from '../../app/useTitle.ts';
import { Link, useRouter } from '../../router.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { ListPage } from '../../ui/ListPage.tsx';
import { Auto, DayText, Ltr } from '../../ui/text.tsx';
import { useOrganisationName, useReferrals } from './queries.ts';
import '../case/case.css';
import '../resettlement/resettlement.css';

export function ReferralStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge agency-status agency-status-${status}`} data-status={status}>
      {t(`agencyReferralStatus.${status}`, { defaultValue: status })}
    </span>
  );
}

/** Who sent or receives a referral: an organisation by name, or the migration authority. */
export function useParty(): (code: string | null) => string {
  const { t } = useTranslation();
  const orgName = useOrganisationName();
  return (code) => orgName(code) ?? t('agency.authority');
}

export function ReferralsPage() {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const { search } = useRouter();
  const organisation = organisationOf(user);
  const box = search.get('box') === 'outbox' ? 'outbox' : 'inbox';
  const title = organisation ? t(`agency.${box}`) : t('agency.provinceTitle');
  useTitle(title);
  const list = useReferrals(box);
  return (
    <ListPage
      className="referrals"
      download={`/api/v1/referrals?box=${box}`}
      headingId="agency-referrals-heading"
      title={title}
      intro={organisation ? t('agency.intro') : t('agency.provinceIntro')}
      above={
        organisation && (
          <nav className="box-tabs" aria-label={t('agency.boxes')}>
            {(['inbox', 'outbox'] as const).map((b) => (
              <Link key={b} to={`/referrals?box=${b}`} aria-current={b === box ? 'page' : undefined}>
                {t(`agency.${b}`)}
              </Link>
            ))}
          </nav>
        )
      }
      query={list}
      emptyMessage={t('agency.empty')}
    >
      {(items) => <ReferralTable referrals={items} />}
    </ListPage>
  );
}

function ReferralTable({ referrals }: { referrals: readonly ReferralSummary[] }) {
  const { t } = useTranslation();
  const party = useParty();
  return (
    <DataTable
      className="referral-table"
      caption={t('agency.title')}
      columns={[
        t('agency.reference'),
        t('agency.service'),
        t('agency.from'),
        t('agency.to'),
        t('agency.people'),
        t('agency.sentOn'),
      ]}
    >
      {referrals.map((r) => (
        <tr key={r.id} data-reference={r.reference}>
          <th scope="row">
            <Link to={`/referrals/${r.id}`}>
              <Ltr className="mono">{r.reference}</Ltr>
            </Link>
            <div className="row-badges">
              <ReferralStatusBadge status={r.status} />
            </div>
          </th>
          <td>{t(`sharingPurpose.${r.service}`, { defaultValue: r.service })}</td>
          <td>
            <Auto>{party(r.fromOrganisation)}</Auto>
          </td>
          <td>
            <Auto>{party(r.toOrganisation)}</Auto>
          </td>
          <td>
            <Ltr>{String(1 + r.memberIds.length)}</Ltr>
          </td>
          <td>
            <DayText value={r.sentOn} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
