// The button that opens a form in place (recording, ordering, adding) and, while the form is open,
// cancels it: quiet while open, so that the form's own submit button is the one that stands out.
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  onToggle: () => void;
  /** What opening the form does, e.g. "Record a consent". */
  label: string;
  /** The form's id, where it has one. */
  controls?: string;
}

export function FormToggle({ open, onToggle, label, controls }: Props) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={open ? 'button-quiet' : 'button-secondary'}
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
    >
      {open ? t('common.cancel') : label}
    </button>
  );
}
