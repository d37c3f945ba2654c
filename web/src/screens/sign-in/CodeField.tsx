// The six digits from the authenticator app, as both the sign-in and the enrolment ask for them:
// digits only, left to right in every language, offered by the phone's one-time-code keyboard.
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/fields.tsx';
import { digits } from './codeErrors.ts';

interface CodeFieldProps {
  label: string;
  value: string;
  onValue: (code: string) => void;
  error: string | undefined;
  autoFocus?: boolean;
}

export function CodeField({ label, value, onValue, error, autoFocus = false }: CodeFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      id="code"
      label={label}
      hint={t('signIn.codeHint')}
      value={value}
      onValue={(v) => onValue(digits(v))}
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9]*"
      maxLength={7}
      dir="ltr"
      className="mono code-input"
      required
      autoFocus={autoFocus}
      error={error}
    />
  );
}
