// A person's record as it crossed the data-sharing boundary: only the fields present are shown,
// in the order of the shareable fields, each labelled; nothing else is ever in it.
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../api/reference.ts';
import { SHAREABLE_FIELDS } from '../../api/sharing-codes.ts';
import type { SharedRecord } from '../../api/sharing-types.ts';
import { formatList } from '../../ui/format.ts';
import { Auto, DateText, Ltr } from '../../ui/text.tsx';
import { Fact, Facts } from '../person/Facts.tsx';
import { StateBadge } from '../case/CaseHeader.tsx';

const text = (v: unknown) =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
const list = (v: unknown) => (Array.isArray(v) ? v.map(text) : []);

interface Props {
  record: SharedRecord;
  /** Fields shown elsewhere on the page (a member's name heads their entry). */
  omit?: readonly string[];
}

export function SharedRecordView({ record, omit = [] }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const shown = SHAREABLE_FIELDS.filter((f) => f in record && !omit.includes(f));
  const value = (field: (typeof SHAREABLE_FIELDS)[number], v: unknown) => {
    if (v === null || v === undefined || v === '') return null;
    switch (field) {
      case 'name':
      case 'name_original':
        return <Auto>{text(v)}</Auto>;
      case 'foreigner_id_number':
      case 'phone':
      case 'email':
        return <Ltr className="mono">{text(v)}</Ltr>;
      case 'date_of_birth':
        return <DateText value={text(v)} />;
      case 'sex':
        return t(`sex.${text(v)}`, { defaultValue: text(v) });
      case 'nationality':
        return labels.nationality(text(v));
      case 'languages':
        return list(v).length
          ? formatList(
              list(v).map((code) => labels.language(code)),
              labels.lang,
            )
          : null;
      case 'specific_needs':
        return list(v).length ? (
          <ul className="need-list">
            {list(v).map((code) => (
              <li key={code}>{labels.need(code)}</li>
            ))}
          </ul>
        ) : (
          <span className="muted">{t('sharing.noNeeds')}</span>
        );
      case 'address': {
        const a = v as { provinceCode?: string | null; district?: string | null };
        return (
          <>
            {a.district ? <Auto>{a.district}</Auto> : null}
            {a.district && a.provinceCode ? ', ' : null}
            {a.provinceCode ? labels.province(a.provinceCode) : null}
          </>
        );
      }
      case 'protection_status': {
        const s = v as { track?: string; state?: string; reference?: string };
        return (
          <>
            {s.track ? t(`track.${s.track}`, { defaultValue: s.track }) : null}{' '}
            {s.state && <StateBadge state={s.state} />}
            {s.reference && (
              <div className="small muted">
                <Ltr className="mono">{s.reference}</Ltr>
              </div>
            )}
          </>
        );
      }
    }
  };
  return (
    <Facts>
      {shown.map((f) => {
        const shownValue = value(f, record[f]);
        return (
          <Fact key={f} label={t(`shareField.${f}`)}>
            {shownValue === null ? null : <span data-field={f}>{shownValue}</span>}
          </Fact>
        );
      })}
    </Facts>
  );
}

/** The names of the fields a record holds, in words (what an agreement let through). */
export function useFieldNames(): (record: SharedRecord) => string {
  const { t } = useTranslation();
  const labels = useLabels();
  return (record) =>
    formatList(
      SHAREABLE_FIELDS.filter((f) => f in record).map((f) => t(`shareField.${f}`)),
      labels.lang,
    );
}
