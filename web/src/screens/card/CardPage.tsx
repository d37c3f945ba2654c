// A printable identity card in CR80 size (85.60 × 53.98 mm). The card face is bilingual
// Turkish/English like the documents PMM issues, whatever the interface language.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useReference } from '../../api/reference.ts';
import type { Card } from '../../api/types.ts';
import { useTitle } from '../../app/useTitle.ts';
import { Link } from '../../router.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { CardFace } from './CardFace.tsx';
import './card.css';

export function CardPage({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  useTitle(t('card.title'));
  const { data: reference } = useReference();
  // Each fetch is an audited print: fetch once, never again in the background.
  const card = useQuery({
    queryKey: ['card', documentId],
    queryFn: () => api<Card>(`/api/v1/documents/${encodeURIComponent(documentId)}/card`),
    staleTime: Infinity,
    gcTime: 0,
  });

  return (
    <section className="page card-page">
      <div className="page-head no-print">
        <h1>{t('card.title')}</h1>
        {card.data && (
          <div className="actions">
            <Link to={`/persons/${card.data.person.id}`} className="button button-quiet">
              {t('card.back')}
            </Link>
            <button type="button" className="button-primary" onClick={() => window.print()}>
              {t('card.print')}
            </button>
          </div>
        )}
      </div>
      <p className="no-print lead">{t('card.hint')}</p>
      {card.isPending && <p className="loading">{t('common.loading')}</p>}
      {card.isError && <ProblemNotice error={card.error} />}
      {card.data && reference && (
        <div className="card-stage">
          <CardFace card={card.data} reference={reference} />
        </div>
      )}
    </section>
  );
}
