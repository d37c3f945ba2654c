// Specific needs grouped as the reference lists them; the statutory list of LFIP Art. 67 first.
import { useTranslation } from 'react-i18next';
import { useReference } from '../../api/reference.ts';
import { isLang } from '../../i18n.ts';
import { CheckboxList } from '../../ui/fields.tsx';

interface Props {
  idPrefix: string;
  selected: string[];
  onChange: (codes: string[]) => void;
}

export function NeedsPicker({ idPrefix, selected, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const lang = isLang(i18n.language) ? i18n.language : 'tr';
  const { data } = useReference();
  if (!data) return null;
  const groups = [...data.specificNeedGroups].sort(
    (a, b) => Number(b.code === 'STATUTORY') - Number(a.code === 'STATUTORY'),
  );

  function toggle(code: string, checked: boolean) {
    onChange(checked ? [...selected, code] : selected.filter((c) => c !== code));
  }

  return (
    <div className="needs-picker">
      {groups.map((group) => {
        const needs = data.specificNeeds.filter((n) => n.group === group.code);
        const count = needs.filter((n) => selected.includes(n.code)).length;
        return (
          <details key={group.code} open={group.code === 'STATUTORY' || count > 0} className="needs-group">
            <summary>
              <span>{group.labels[lang]}</span>
              {count > 0 && <span className="count-badge">{t('register.selectedCount', { count })}</span>}
            </summary>
            <CheckboxList
              name={`${idPrefix}-needs-${group.code}`}
              options={needs.map((n) => ({ value: n.code, label: n.labels[lang] }))}
              selected={selected}
              onToggle={toggle}
            />
          </details>
        );
      })}
    </div>
  );
}
