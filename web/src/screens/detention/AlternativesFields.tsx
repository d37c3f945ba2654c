// Alternatives to detention (LFIP Art. 57/A), chosen by kind; each starts on the given day.
import { useTranslation } from 'react-i18next';
import { ALTERNATIVE_KINDS, type AlternativeKind } from '../../api/centre-codes.ts';
import { CheckboxList } from '../../ui/fields.tsx';

export function AlternativesFields({
  name,
  selected,
  onChange,
}: {
  name: string;
  selected: AlternativeKind[];
  onChange: (kinds: AlternativeKind[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="field">
      <legend>{t('alternatives.choose')}</legend>
      <CheckboxList
        name={name}
        options={ALTERNATIVE_KINDS.map((k) => ({ value: k, label: t(`alternativeKind.${k}`) }))}
        selected={selected}
        onToggle={(v, on) =>
          onChange(on ? [...selected, v as AlternativeKind] : selected.filter((k) => k !== v))
        }
      />
    </fieldset>
  );
}

export const alternativesOn = (kinds: AlternativeKind[], startsOn: string) =>
  kinds.map((kind) => ({ kind, startsOn }));
