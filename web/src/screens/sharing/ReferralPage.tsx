// A referral between agencies: what was asked of whom, and the people in it as the receiving
// organisation may see them (only the fields its agreement for the service lists, nobody whose
// consent was withdrawn). The receiver accepts or declines it and closes it with the outcome;
// an organisation may refer the people on to another agency.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralView } from '../../api/sharing-types.ts';
import { can, organisationOf } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { useTitle } from '../../app/useTitle.ts';
import { ActionPanel } from '../../ui/ActionPanel.tsx';
import { FormToggle } from '../../ui/FormToggle.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { Auto, DayText, Ltr } from '../../ui/text.tsx';
import { Fact, Facts } from '../person/Facts.tsx';
import { ConsentForm } from './ConsentForm.tsx';
import { ReferralPeople, visiblePeople } from './ReferralPeople.tsx';
import { ReferralStatusBadge, useParty } from './ReferralsPage.tsx';
import { ReferToAgencyForm } from './ReferToAgencyForm.tsx';
import { RespondForm, type Answer } from './RespondForm.tsx';
import { useReferral } from './queries.ts';
import '../case/case.css';
import '../person/person.css';
import '../removal/removal.css';
import '../resettlement/resettlement.css';

const ANSWERS: Record<string, Answer[]> = { sent: ['accepted', 'declined'], accepted: ['closed'] };

export function ReferralPage({ referralId }: { referralId: string }) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const query = useReferral(referralId);
  useTitle(query.data ? `${t('agency.one')} ${query.data.reference}` : t('agency.one'));
  if (query.isPending) return <p className="loading">{t('common.loading')}</p>;
  if (query.isError) return <ProblemNotice error={query.error} />;
  const r = query.data;
  const receiver = organisationOf(user) !== null && r.toOrganisation === organisationOf(user);
  return (
    <article className="page case referral-page" aria-labelledby="referral-heading">
      <ReferralHeader referral={r} />
      {receiver && can(user, 'referrals:respond') && <Answers referral={r} />}
      <ReferralPeople referral={r} receiver={receiver} />
      {receiver && can(user, 'referrals:send') && visiblePeople(r).length > 0 && <ReferOn referral={r} />}
    </article>
  );
}

function ReferralHeader({ referral: r }: { referral: ReferralView }) {
  const { t } = useTranslation();
  const party = useParty();
  return (
    <header className="case-head">
      <div className="case-title">
        <p className="muted case-kind">{t('agency.kind')}</p>
        <h1 id="referral-heading">
          {t('agency.one')} <Ltr className="mono">{r.reference}</Ltr>
        </h1>
        <div className="case-badges">
          <ReferralStatusBadge status={r.status} />
        </div>
      </div>
      <section className="panel" aria-labelledby="referral-facts-heading">
        <h2 id="referral-facts-heading" className="visually-hidden">
          {t('agency.one')}
        </h2>
        <Facts>
          <Fact label={t('agency.service')}>
            {t(`sharingPurpose.${r.service}`, { defaultValue: r.service })}
          </Fact>
          <Fact label={t('agency.from')}>
            <Auto>{party(r.fromOrganisation)}</Auto>
          </Fact>
          <Fact label={t('agency.to')}>
            <Auto>{party(r.toOrganisation)}</Auto>
          </Fact>
          <Fact label={t('agency.sentOn')}>
            <DayText value={r.sentOn} />
          </Fact>
          {r.decidedOn && (
            <Fact label={t('agency.decidedOn')}>
              <DayText value={r.decidedOn} />
            </Fact>
          )}
          {r.closedOn && (
            <Fact label={t('agency.closedOn')}>
              <DayText value={r.closedOn} />
            </Fact>
          )}
        </Facts>
        {r.note && <Text label={t('agency.note')} text={r.note} />}
        {r.declineReason && <Text label={t('agency.reason')} text={r.declineReason} />}
        {r.outcome && <Text label={t('agency.outcome')} text={r.outcome} />}
      </section>
    </header>
  );
}

function Text({ label, text }: { label: string; text: string }) {
  return (
    <>
      <h3 className="sub-heading">{label}</h3>
      <p className="narrative">
        <Auto>{text}</Auto>
      </p>
    </>
  );
}

function Answers({ referral: r }: { referral: ReferralView }) {
  const { t } = useTranslation();
  return (
    <ActionPanel
      headingId="answers-heading"
      actions={ANSWERS[r.status] ?? []}
      label={(a) => t(`referralAnswer.${a}`)}
      doneMessage={(a) => t(`referralAnswerDone.${a}`)}
      danger="declined"
      hideWhenIdle
      formHeading={false}
      form={(a, onDone) => <RespondForm referral={r} answer={a} onDone={onDone} />}
    />
  );
}

function ReferOn({ referral }: { referral: ReferralView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'consent' | 'refer' | null>(null);
  const people = visiblePeople(referral);
  const [first, ...others] = people;
  if (!first) return null;
  return (
    <section className="panel" aria-labelledby="refer-on-heading">
      <div className="panel-head">
        <h2 id="refer-on-heading">{t('agency.referOn')}</h2>
        <div className="row-actions">
          {(['consent', 'refer'] as const).map((k) => (
            <FormToggle
              key={k}
              open={open === k}
              onToggle={() => setOpen(open === k ? null : k)}
              label={k === 'consent' ? t('consents.record') : t('agency.refer')}
            />
          ))}
        </div>
      </div>
      <p className="small muted">{t('agency.referOnIntro')}</p>
      {open === 'consent' && <ConsentForm people={people} onDone={() => setOpen('refer')} />}
      {open === 'refer' && <ReferToAgencyForm principal={first} others={others} />}
    </section>
  );
}
