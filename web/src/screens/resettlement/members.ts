// How a member of a resettlement case is named on the page: by the name the viewer may see, or,
// where consent has been withdrawn (or the name is not shared), by their place in the case.
import type { TFunction } from 'i18next';
import type { ResettlementMember } from '../../api/sharing-types.ts';

export function memberName(m: ResettlementMember, index: number, t: TFunction): string {
  const name = m.record && typeof m.record.name === 'string' ? m.record.name : null;
  return name ?? t('resettlement.memberNumber', { n: index + 1 });
}
