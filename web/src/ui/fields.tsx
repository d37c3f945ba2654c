// Form controls with their label, hint and error wired for assistive technology.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

interface Common {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** What every control carries: its value wiring and the accessibility attributes. */
function controlProps({ id, error, hint, required, onValue }: Common & { onValue: (value: string) => void }) {
  return {
    id,
    onChange: (e: { target: { value: string } }) => onValue(e.target.value),
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error),
    'aria-required': required || undefined,
  };
}

function Frame({ id, label, error, hint, required, children }: Common & { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="required"> ({t('field.requiredMark')})</span> : null}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

type InputProps = Common &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> & {
    value: string;
    onValue: (value: string) => void;
  };

export function TextField({ id, label, error, hint, required, value, onValue, ...rest }: InputProps) {
  return (
    <Frame id={id} label={label} error={error} hint={hint} required={required ?? false}>
      <input
        {...rest}
        {...controlProps({ id, label, error, hint, required, onValue })}
        name={rest.name ?? id}
        value={value}
      />
    </Frame>
  );
}

/** A day, with the browser's date picker, as wide as a date needs. */
export function DateField(props: Omit<InputProps, 'type'>) {
  return <TextField type="date" className="input-date" {...props} />;
}

type TextAreaProps = Common &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange' | 'value'> & {
    value: string;
    onValue: (value: string) => void;
  };

export function TextAreaField({ id, label, error, hint, required, value, onValue, ...rest }: TextAreaProps) {
  return (
    <Frame id={id} label={label} error={error} hint={hint} required={required ?? false}>
      <textarea {...rest} {...controlProps({ id, label, error, hint, required, onValue })} value={value} />
    </Frame>
  );
}

export interface Option {
  value: string;
  label: string;
}

type SelectProps = Common &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'onChange' | 'value'> & {
    value: string;
    onValue: (value: string) => void;
    options: Option[];
    groups?: { label: string; options: Option[] }[];
    placeholder?: string;
  };

export function SelectField(props: SelectProps) {
  const { id, label, error, hint, required, value, onValue, options, groups, placeholder, ...rest } = props;
  return (
    <Frame id={id} label={label} error={error} hint={hint} required={required ?? false}>
      <select {...rest} {...controlProps({ id, label, error, hint, required, onValue })} value={value}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={`${g.label}-${o.value}`} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

interface RadioProps {
  name: string;
  legend: string;
  value: string;
  onValue: (value: string) => void;
  options: Option[];
  error?: string | undefined;
  required?: boolean;
}

export function RadioGroup({ name, legend, value, onValue, options, error, required }: RadioProps) {
  const { t } = useTranslation();
  return (
    <fieldset
      className={error ? 'field choice has-error' : 'field choice'}
      aria-describedby={error ? `${name}-error` : undefined}
    >
      <legend>
        {legend}
        {required ? <span className="required"> ({t('field.requiredMark')})</span> : null}
      </legend>
      <div className="choice-row">
        {options.map((o) => (
          <label key={o.value} className="choice-option">
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onValue(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${name}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

interface CheckboxListProps {
  name: string;
  options: Option[];
  selected: readonly string[];
  onToggle: (value: string, checked: boolean) => void;
}

export function CheckboxList({ name, options, selected, onToggle }: CheckboxListProps) {
  return (
    <ul className="checkbox-list">
      {options.map((o) => (
        <li key={o.value}>
          <label className="choice-option">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              checked={selected.includes(o.value)}
              onChange={(e) => onToggle(o.value, e.target.checked)}
            />
            {o.label}
          </label>
        </li>
      ))}
    </ul>
  );
}

interface ChecklistFieldProps {
  name: string;
  legend: string;
  options: Option[];
  selected: string[];
  onSelected: (selected: string[]) => void;
  error?: string | undefined;
}

/** Checkboxes under a legend, of which some must be ticked (e.g. the grounds of a decision). */
export function ChecklistField({ name, legend, options, selected, onSelected, error }: ChecklistFieldProps) {
  return (
    <fieldset className={error ? 'field has-error' : 'field'}>
      <legend>{legend}</legend>
      <CheckboxList
        name={name}
        options={options}
        selected={selected}
        onToggle={(v, on) => onSelected(on ? [...selected, v] : selected.filter((s) => s !== v))}
      />
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
