import { useTranslation } from 'react-i18next';
import type { Card, Reference } from '../../api/types.ts';
import { formatDate } from '../../ui/format.ts';
import { originalName } from '../../ui/text.tsx';

interface RowProps {
  tr: string;
  en: string;
  value: string;
  wide?: boolean;
  /** Numbers and dates must not break across lines. */
  nowrap?: boolean;
}

function Row({ tr, en, value, wide, nowrap }: RowProps) {
  return (
    <div className={wide ? 'card-field wide' : 'card-field'}>
      <span className="card-label">
        {tr} / <span lang="en">{en}</span>
      </span>
      <span className={nowrap ? 'card-value nowrap' : 'card-value'}>{value}</span>
    </div>
  );
}

export function CardFace({ card, reference }: { card: Card; reference: Reference }) {
  const { i18n } = useTranslation();
  const tr = i18n.getFixedT('tr');
  const en = i18n.getFixedT('en');
  const { person, document: doc } = card;
  const type = reference.documentTypes.find((d) => d.code === doc.type)?.labels;
  const nationality = reference.nationalities.find((n) => n.code === person.nationality)?.labels;
  const original = originalName(person);
  const field = (key: string) => ({ tr: tr(`cardFace.${key}`), en: en(`cardFace.${key}`) });
  const qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(card.qrSvg)}`;

  return (
    <div className="id-card" dir="ltr" lang="tr" aria-label={en('cardFace.aria')}>
      <div className="id-card-band">
        <span className="card-type">{type?.tr ?? doc.type}</span>
        <span className="card-type-en" lang="en">
          {type?.en ?? doc.type}
        </span>
        {person.fictional && (
          <span className="card-fictional">
            {tr('cardFace.fictional')} · <span lang="en">{en('cardFace.fictional')}</span>
          </span>
        )}
      </div>
      <div className="id-card-body">
        <div className="card-fields">
          <Row {...field('surname')} value={person.familyName} />
          <Row {...field('givenName')} value={person.givenName} />
          {original && (
            <div className="card-field wide">
              <span className="card-original" dir="rtl">
                {original}
              </span>
            </div>
          )}
          <Row {...field('idNumber')} value={person.foreignerIdNumber} nowrap />
          <Row
            {...field('dateOfBirth')}
            value={
              person.dateOfBirth ? formatDate(person.dateOfBirth, 'tr', person.dateOfBirthPrecision) : '—'
            }
            nowrap
          />
          <Row
            {...field('nationality')}
            value={nationality ? `${nationality.tr} / ${nationality.en}` : person.nationality}
            wide
          />
          <Row
            {...field('sex')}
            value={`${tr(`cardFace.sexValue.${person.sex}`)} / ${en(`cardFace.sexValue.${person.sex}`)}`}
          />
          <Row {...field('issuedOn')} value={formatDate(doc.issuedOn, 'tr')} nowrap />
          <Row {...field('documentNumber')} value={doc.number} nowrap />
          <Row {...field('validUntil')} value={formatDate(doc.expiresOn, 'tr')} nowrap />
        </div>
        <img className="card-qr" src={qr} alt={en('cardFace.qr')} />
      </div>
    </div>
  );
}
