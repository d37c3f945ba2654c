// Every field of a person being registered. Names in Latin letters and in the original script.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../../api/client.ts';
import { useLabels, useReference } from '../../api/reference.ts';
import type { DatePrecision } from '../../api/types.ts';
import { CheckboxList, RadioGroup, SelectField, TextField } from '../../ui/fields.tsx';
import { useFieldMessage } from '../../ui/Problem.tsx';
import { birthDateForPrecision, type FieldErrors, type PersonDraft } from './draft.ts';
import { NeedsPicker } from './NeedsPicker.tsx';

/** Nationalities most often registered in Türkiye, offered first. */
const FREQUENT = ['SYR', 'AFG', 'IRQ', 'IRN', 'PAK', 'SOM', 'UKR', 'XXA', 'XXX'];

interface Props {
  idPrefix: string;
  draft: PersonDraft;
  errors: FieldErrors;
  onChange: (patch: Partial<PersonDraft>) => void;
  /** Shown right after the identity fields: the duplicate check needs nothing more. */
  afterIdentity?: ReactNode;
}

export function PersonForm({ idPrefix, draft, errors, onChange, afterIdentity }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: reference } = useReference();
  const fieldMessage = useFieldMessage();
  const id = (name: string) => `${idPrefix}-${name}`;
  const err = (name: string): string | undefined => {
    const e: string | FieldProblem | undefined = errors[name];
    if (e === undefined) return undefined;
    return typeof e === 'string' ? t(e) : fieldMessage(e);
  };
  const text = (name: keyof PersonDraft) => ({
    id: id(name),
    label: t(`person.${name}`),
    value: String(draft[name]),
    onValue: (value: string) => onChange({ [name]: value }),
    error: err(name),
    autoComplete: 'off',
  });

  const nationalities = labels.sorted(reference?.nationalities ?? []);
  const frequent = FREQUENT.map((code) => ({ value: code, label: labels.nationality(code) }));
  const provinces = (reference?.provinces ?? []).map((p) => ({
    value: p.code,
    label: `${p.code} · ${p.name}`,
  }));
  const languages = labels.sorted(reference?.languages ?? []).map((l) => ({ value: l.code, label: l.label }));
  const precision = draft.dateOfBirthPrecision;
  const dateType = precision === 'day' ? 'date' : precision === 'month' ? 'month' : 'number';

  return (
    <div className="person-form">
      <fieldset className="form-section">
        <legend>{t('register.sectionIdentity')}</legend>
        <div className="grid-2">
          <TextField {...text('givenName')} required dir="auto" hint={t('register.latinHint')} />
          <TextField {...text('familyName')} required dir="auto" hint={t('register.latinHint')} />
          <TextField {...text('givenNameOriginal')} dir="rtl" hint={t('register.originalHint')} />
          <TextField {...text('familyNameOriginal')} dir="rtl" hint={t('register.originalHint')} />
          <TextField {...text('fatherName')} dir="auto" />
          <TextField {...text('motherName')} dir="auto" />
        </div>
        <RadioGroup
          name={id('sex')}
          legend={t('person.sex')}
          required
          value={draft.sex}
          onValue={(v) => onChange({ sex: v as PersonDraft['sex'] })}
          options={(['female', 'male', 'other'] as const).map((s) => ({ value: s, label: t(`sex.${s}`) }))}
          error={err('sex')}
        />
        <div className="grid-2">
          <SelectField
            id={id('dateOfBirthPrecision')}
            label={t('person.dateOfBirthPrecision')}
            value={precision}
            onValue={(v) => {
              const next = v as DatePrecision;
              onChange({
                dateOfBirthPrecision: next,
                dateOfBirth: birthDateForPrecision(draft.dateOfBirth, next),
              });
            }}
            options={(['day', 'month', 'year', 'unknown'] as const).map((p) => ({
              value: p,
              label: t(`precision.${p}`),
            }))}
          />
          {precision !== 'unknown' && (
            <TextField
              {...text('dateOfBirth')}
              type={dateType}
              required
              dir="ltr"
              className="input-date"
              hint={t(`register.dobHint.${precision}`)}
              {...(dateType === 'number' ? { min: 1900, max: 2100, inputMode: 'numeric' as const } : {})}
            />
          )}
          <TextField {...text('placeOfBirth')} dir="auto" />
          <SelectField
            id={id('nationality')}
            label={t('person.nationality')}
            required
            value={draft.nationality}
            onValue={(v) => onChange({ nationality: v })}
            placeholder={t('common.choose')}
            groups={[
              { label: t('register.frequent'), options: frequent },
              {
                label: t('register.allCountries'),
                options: nationalities.map((n) => ({ value: n.code, label: n.label })),
              },
            ]}
            options={[]}
            error={err('nationality')}
          />
        </div>
      </fieldset>
      {afterIdentity}

      <fieldset className="form-section">
        <legend>{t('register.sectionContact')}</legend>
        <div className="grid-2">
          <TextField {...text('phone')} type="tel" dir="ltr" inputMode="tel" hint={t('register.phoneHint')} />
          <TextField {...text('email')} type="email" dir="ltr" />
          <SelectField
            id={id('provinceCode')}
            label={t('person.provinceCode')}
            required
            value={draft.provinceCode}
            onValue={(v) => onChange({ provinceCode: v })}
            placeholder={t('common.choose')}
            options={provinces}
            error={err('provinceCode')}
          />
          <TextField {...text('district')} dir="auto" />
        </div>
        <details className="picker" open={draft.languages.length > 0}>
          <summary>
            {t('person.languages')}
            {draft.languages.length > 0 && (
              <span className="count-badge">
                {t('register.selectedCount', { count: draft.languages.length })}
              </span>
            )}
          </summary>
          <CheckboxList
            name={id('languages')}
            options={languages}
            selected={draft.languages}
            onToggle={(code, on) =>
              onChange({
                languages: on ? [...draft.languages, code] : draft.languages.filter((c) => c !== code),
              })
            }
          />
        </details>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('register.sectionEntry')}</legend>
        <RadioGroup
          name={id('entryType')}
          legend={t('person.entryType')}
          required
          value={draft.entryType}
          onValue={(v) => onChange({ entryType: v as PersonDraft['entryType'] })}
          options={(['regular', 'irregular'] as const).map((e) => ({ value: e, label: t(`entry.${e}`) }))}
          error={err('entryType')}
        />
        <div className="grid-2">
          <TextField {...text('entryDate')} type="date" dir="ltr" className="input-date" />
          <TextField {...text('entryPlace')} dir="auto" />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('register.sectionNeeds')}</legend>
        <p className="hint">{t('register.needsHint')}</p>
        <NeedsPicker
          idPrefix={idPrefix}
          selected={draft.specificNeeds}
          onChange={(codes) => onChange({ specificNeeds: codes })}
        />
      </fieldset>
    </div>
  );
}
