// The fields of one procedural action, drawn from its specification (commands.ts).
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useLabels, useReference } from '../../api/reference.ts';
import type { CaseAction, CaseView } from '../../api/types.ts';
import { useSession } from '../../app/session.ts';
import { CheckboxList, RadioGroup, SelectField, TextAreaField, TextField } from '../../ui/fields.tsx';
import { visibleFields, type Draft, type FieldSpec } from './commands.ts';

interface Props {
  kase: CaseView;
  action: CaseAction;
  draft: Draft;
  onChange: (name: string, value: string | string[]) => void;
  error: (name: string) => string | undefined;
}

export function CommandFields({ kase, action, draft, onChange, error }: Props) {
  return (
    <>
      {visibleFields(action, draft).map((spec) => (
        <Field key={spec.name} spec={spec} {...{ kase, action, draft, onChange, error }} />
      ))}
    </>
  );
}

function Field({ spec, kase, action, draft, onChange, error }: Props & { spec: FieldSpec }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: reference } = useReference();
  const id = `${action}-${spec.name}`;
  const value = draft[spec.name];
  const text = typeof value === 'string' ? value : '';
  const common = {
    id,
    label: t(`actionField.${spec.name}`),
    error: error(spec.name),
    required: spec.required ?? false,
    value: text,
    onValue: (v: string) => onChange(spec.name, v),
  };
  const radios = (options: { value: string; label: string }[]) => (
    <RadioGroup
      name={id}
      legend={common.label}
      value={text}
      onValue={common.onValue}
      error={common.error}
      required={common.required}
      options={options}
    />
  );
  switch (spec.kind) {
    case 'text':
      return <TextField {...common} dir="auto" maxLength={200} />;
    case 'textarea':
      return <TextAreaField {...common} dir="auto" rows={4} />;
    case 'date':
      return <TextField {...common} type="date" className="input-date" />;
    case 'time':
      return <TextField {...common} type="time" className="input-date" />;
    case 'number':
      return (
        <TextField {...common} type="number" min={1} max={366} inputMode="numeric" className="input-date" />
      );
    case 'yesno':
      return radios([
        { value: 'yes', label: t('common.yes') },
        { value: 'no', label: t('common.no') },
      ]);
    case 'province':
      return (
        <SelectField
          {...common}
          placeholder={t('common.choose')}
          options={(reference?.provinces ?? [])
            .filter((p) => p.code !== kase.provinceCode)
            .map((p) => ({ value: p.code, label: `${p.code} · ${p.name}` }))}
        />
      );
    case 'language':
      return (
        <SelectField
          {...common}
          placeholder={t('actionField.noInterpreter')}
          options={labels.sorted(reference?.languages ?? []).map((l) => ({ value: l.code, label: l.label }))}
        />
      );
    case 'caseworker':
      return <CaseworkerField kase={kase} common={common} />;
    case 'select':
      return (
        <SelectField
          {...common}
          placeholder={t('common.choose')}
          options={spec.options(kase).map((o) => ({ value: o, label: t(`${spec.labels}.${o}`) }))}
        />
      );
    case 'radio':
      return radios(spec.options(kase).map((o) => ({ value: o, label: t(`${spec.labels}.${o}`) })));
    case 'checkboxes': {
      const selected = Array.isArray(value) ? value : [];
      return (
        <fieldset className="field">
          <legend>{common.label}</legend>
          <CheckboxList
            name={id}
            options={spec.options(kase).map((o) => ({ value: o, label: t(`${spec.labels}.${o}`) }))}
            selected={selected}
            onToggle={(v, on) => onChange(spec.name, on ? [...selected, v] : selected.filter((x) => x !== v))}
          />
        </fieldset>
      );
    }
  }
}

type Common = { id: string; label: string; error: string | undefined; required: boolean; value: string };

/**
 * Who takes the case: a caseworker takes it themselves; a decision-maker or an administrator
 * picks one of the active caseworkers of the case's province.
 */
function CaseworkerField({
  kase,
  common,
}: {
  kase: CaseView;
  common: Common & { onValue: (v: string) => void };
}) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const mine = user?.role === 'protection_caseworker';
  const caseworkers = useQuery({
    queryKey: ['case', kase.id, 'caseworkers'],
    enabled: !mine,
    queryFn: () => api<{ id: string; displayName: string }[]>(`/api/v1/cases/${kase.id}/caseworkers`),
  });
  if (mine) return <p className="hint">{t('actionField.takeCaseHint')}</p>;
  const list = caseworkers.data ?? [];
  return (
    <SelectField
      {...common}
      placeholder={caseworkers.isPending ? t('common.loading') : t('common.choose')}
      options={list.map((u) => ({ value: u.id, label: u.displayName }))}
      hint={!caseworkers.isPending && list.length === 0 ? t('actionField.noCaseworkers') : undefined}
    />
  );
}
