import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import { useLabels } from '../../api/reference.ts';
import type { DocumentView } from '../../api/types.ts';
import { Link } from '../../router.tsx';
import { StatusBadge, UnverifiedMark } from '../../ui/Badges.tsx';
import { TextAreaField } from '../../ui/fields.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { Auto, DateText, Ltr } from '../../ui/text.tsx';

type Ending = 'loss' | 'revocation';
const REASON_MIN = 3;

export function DocumentRow({
  document: d,
  onChanged,
}: {
  document: DocumentView;
  onChanged: (d: DocumentView) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [ending, setEnding] = useState<Ending | null>(null);
  const [reason, setReason] = useState('');
  const today = todayInTurkiye();
  const active = d.status === 'valid' || d.status === 'expired';
  const printable = d.status === 'valid' && d.expiresOn >= today;

  const renew = useMutation({
    mutationFn: () => post<DocumentView>(`/api/v1/documents/${d.id}/renew`),
    onSuccess: onChanged,
  });
  const end = useMutation({
    mutationFn: (kind: Ending) =>
      post<DocumentView>(`/api/v1/documents/${d.id}/${kind}`, { reason: reason.trim() }),
    onSuccess: (doc) => {
      onChanged(doc);
      setEnding(null);
      setReason('');
    },
  });
  const error = renew.error ?? end.error;

  return (
    <>
      <tr>
        <td>{labels.documentType(d.type)}</td>
        <td>
          <Ltr className="mono">{d.number}</Ltr>
        </td>
        <td>
          <DateText value={d.issuedOn} />
        </td>
        <td>
          <DateText value={d.expiresOn} />
          {d.validityRule.unverified && (
            <>
              {' '}
              <UnverifiedMark source={d.validityRule.source} />
            </>
          )}
          {d.renewals > 0 && (
            <div className="small muted">{t('documents.renewals', { count: d.renewals })}</div>
          )}
        </td>
        <td>
          <StatusBadge status={d.status} />
          {d.statusReason && (
            <div className="small">
              <Auto>{d.statusReason}</Auto>
            </div>
          )}
        </td>
        <td>
          <div className="row-actions">
            {printable && (
              <Link to={`/cards/${d.id}`} className="button button-quiet">
                {t('documents.print')}
              </Link>
            )}
            {active && (
              <>
                {d.renewableFrom && today >= d.renewableFrom ? (
                  <button
                    type="button"
                    className="button-quiet"
                    onClick={() => renew.mutate()}
                    disabled={renew.isPending}
                  >
                    {t('documents.renew')}
                  </button>
                ) : d.renewableFrom ? (
                  <span className="small muted">
                    {t('documents.renewableFrom')} <DateText value={d.renewableFrom} />
                  </span>
                ) : null}
                <button
                  type="button"
                  className="button-quiet"
                  onClick={() => setEnding('loss')}
                  aria-expanded={ending === 'loss'}
                >
                  {t('documents.reportLoss')}
                </button>
                <button
                  type="button"
                  className="button-quiet danger"
                  onClick={() => setEnding('revocation')}
                  aria-expanded={ending === 'revocation'}
                >
                  {t('documents.revoke')}
                </button>
              </>
            )}
          </div>
        </td>
      </tr>
      {(ending || error) && (
        <tr className="row-detail">
          <td colSpan={6}>
            {ending && (
              <form
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  if (reason.trim().length >= REASON_MIN) end.mutate(ending);
                }}
              >
                <TextAreaField
                  id={`reason-${d.id}`}
                  label={ending === 'loss' ? t('documents.lossReason') : t('documents.revocationReason')}
                  hint={t('documents.reasonHint', { count: REASON_MIN })}
                  value={reason}
                  onValue={setReason}
                  rows={2}
                  dir="auto"
                  required
                />
                <div className="actions">
                  <button
                    type="submit"
                    className="button-primary danger"
                    disabled={reason.trim().length < REASON_MIN || end.isPending}
                  >
                    {ending === 'loss' ? t('documents.confirmLoss') : t('documents.confirmRevoke')}
                  </button>
                  <button type="button" className="button-quiet" onClick={() => setEnding(null)}>
                    {t('common.cancel')}
                  </button>
                </div>
              </form>
            )}
            {error && <ProblemNotice error={error} />}
          </td>
        </tr>
      )}
    </>
  );
}
