// The sentence under every table, in the four languages, and how a hidden cell is written.
import type { Labels } from '../reference/labels.ts';
import type { ShownCell } from './suppression.ts';

export const SUPPRESSION_RULE: Labels = {
  tr: '1 ile 4 arasındaki sayılar «<5» olarak gösterilir; gizli bir sayı toplamlardan hesaplanamasın diye bazı başka hücreler de gizlenir («×»). Kurgusal kayıtlar sayılmaz.',
  en: 'Counts from 1 to 4 are shown as “<5”; some other cells are hidden too (“×”) so that no hidden count can be worked out from the totals. Fictional records are not counted.',
  ar: 'تُعرض الأعداد من 1 إلى 4 على شكل «<5»، وتُخفى خلايا أخرى أيضاً («×») كي لا يُستنتج أي عدد مخفي من المجاميع. لا تُحتسب السجلات الوهمية.',
  fa: 'اعداد ۱ تا ۴ به صورت «<5» نشان داده می‌شوند و برخی خانه‌های دیگر هم پنهان می‌شوند («×») تا هیچ عدد پنهانی از جمع‌ها به دست نیاید. سوابق ساختگی شمرده نمی‌شوند.',
};

export const SMALL_MARK = '<5';
export const COMPLEMENT_MARK = '×';

/** A shown cell as a file or a page writes it: the count, "<5" or "×". */
export function cellMark(cell: ShownCell): number | string {
  if (cell.suppressed === 'small') return SMALL_MARK;
  if (cell.suppressed === 'complement') return COMPLEMENT_MARK;
  return cell.value ?? 0;
}
