// Whether the removal may be carried out today, and if not, every bar with the rule that sets it
// (LFIP Art. 4 for the protection procedure, Arts. 52–56 for the removal itself).
import { useTranslation } from 'react-i18next';
import type { RemovalView } from '../../api/centre-types.ts';
import { Ltr } from '../../ui/text.tsx';

export function BarsPanel({ removal }: { removal: RemovalView }) {
  const { t, i18n } = useTranslation();
  const open = removal.mayBeCarriedOut;
  return (
    <section
      className={open ? 'panel removal removal-open bars-panel' : 'panel removal removal-barred bars-panel'}
      aria-labelledby="bars-heading"
    >
      <h2 id="bars-heading">{t('bars.title')}</h2>
      {open ? (
        <p className="bars-verdict">{t('bars.mayBeCarriedOut')}</p>
      ) : (
        <>
          <p className="bars-verdict strong">{t('bars.barred')}</p>
          <ul className="bar-list">
            {removal.bars.map((b) => (
              <li key={`${b.bar}-${b.rule}`} data-bar={b.bar}>
                <strong>{t(`removalBar.${b.bar}`)}</strong> <Ltr className="mono">{b.rule}</Ltr>
                {i18n.exists(`rule.${b.rule}`) && <div className="small muted">{t(`rule.${b.rule}`)}</div>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
