import { useTranslation } from 'react-i18next';

export type Step = 'principal' | 'family' | 'review';
const STEPS: Step[] = ['principal', 'family', 'review'];

export function Steps({ current }: { current: Step }) {
  const { t } = useTranslation();
  const at = STEPS.indexOf(current);
  return (
    <ol className="steps" aria-label={t('register.stepsLabel')}>
      {STEPS.map((s, i) => (
        <li key={s} aria-current={s === current ? 'step' : undefined} className={i < at ? 'done' : undefined}>
          <span className="step-number">
            <bdi>{i + 1}</bdi>
          </span>
          {t(`register.step.${s}`)}
        </li>
      ))}
    </ol>
  );
}
