// One household member in the lodging form: included or not, how related to the applicant, and
// the written consent an adult gives to be included.
import { useTranslation } from 'react-i18next';
import { useLabels, useReference } from '../../api/reference.ts';
import type { HouseholdMember } from '../../api/types.ts';
import { SelectField, TextField } from '../../ui/fields.tsx';
import { DateText, Ltr } from '../../ui/text.tsx';

export interface MemberChoice {
  included: boolean;
  relationship: string;
  consentGivenOn: string;
  consentDocument: string;
}

interface Props {
  member: HouseholdMember;
  choice: MemberChoice;
  adult: boolean;
  onChange: (change: Partial<MemberChoice>) => void;
  error: (name: 'relationship' | 'consentGivenOn') => string | undefined;
  today: string;
}

export function LodgeMember({ member: m, choice, adult, onChange, error, today }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: reference } = useReference();
  const id = `lodge-member-${m.personId}`;
  const name = `${m.givenName} ${m.familyName}`;
  return (
    <li className={choice.included ? 'included' : undefined}>
      <label className="choice-option">
        <input
          type="checkbox"
          checked={choice.included}
          onChange={(e) => onChange({ included: e.target.checked })}
          aria-describedby={`${id}-about`}
        />
        <bdi dir="auto">{name}</bdi>
      </label>
      <span id={`${id}-about`} className="small muted">
        {labels.relationship(m.relationship)} · <Ltr className="mono">{m.foreignerIdNumber}</Ltr> ·{' '}
        <DateText value={m.dateOfBirth} precision={m.dateOfBirthPrecision} />
        {adult && <> · {t('cases.adult')}</>}
      </span>
      {choice.included && (
        <div className="grid-2 lodge-member-fields">
          <SelectField
            id={`${id}-relationship`}
            label={t('cases.relationship')}
            value={choice.relationship}
            onValue={(v) => onChange({ relationship: v })}
            placeholder={t('common.choose')}
            options={labels
              .sorted((reference?.relationships ?? []).filter((r) => r.code !== 'principal'))
              .map((r) => ({ value: r.code, label: r.label }))}
            required
            error={error('relationship')}
          />
          {adult && (
            <>
              <TextField
                id={`${id}-consent`}
                type="date"
                label={t('cases.consentGivenOn')}
                value={choice.consentGivenOn}
                onValue={(v) => onChange({ consentGivenOn: v })}
                max={today}
                required
                error={error('consentGivenOn')}
              />
              <TextField
                id={`${id}-consent-document`}
                label={t('cases.consentDocument')}
                value={choice.consentDocument}
                onValue={(v) => onChange({ consentDocument: v })}
                dir="auto"
                maxLength={200}
              />
            </>
          )}
        </div>
      )}
    </li>
  );
}
