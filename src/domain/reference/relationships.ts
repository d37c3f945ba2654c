import type { Labels } from './labels.ts';

/** Relationship of a household member to the principal applicant. */
export const RELATIONSHIPS = [
  'principal',
  'spouse',
  'child',
  'stepchild',
  'parent',
  'sibling',
  'grandchild',
  'grandparent',
  'other_relative',
  'unrelated_dependant',
] as const;

export type Relationship = (typeof RELATIONSHIPS)[number];

export const RELATIONSHIP_LABELS: Readonly<Record<Relationship, Labels>> = {
  principal: {
    tr: 'Ana başvuru sahibi',
    en: 'Principal applicant',
    ar: 'مقدم الطلب الرئيسي',
    fa: 'متقاضی اصلی',
  },
  spouse: { tr: 'Eş', en: 'Spouse', ar: 'الزوج أو الزوجة', fa: 'همسر' },
  child: { tr: 'Çocuk', en: 'Child', ar: 'ابن أو ابنة', fa: 'فرزند' },
  stepchild: { tr: 'Üvey çocuk', en: 'Stepchild', ar: 'ربيب أو ربيبة', fa: 'فرزند ناتنی' },
  parent: { tr: 'Anne veya baba', en: 'Parent', ar: 'أب أو أم', fa: 'پدر یا مادر' },
  sibling: { tr: 'Kardeş', en: 'Sibling', ar: 'أخ أو أخت', fa: 'خواهر یا برادر' },
  grandchild: { tr: 'Torun', en: 'Grandchild', ar: 'حفيد أو حفيدة', fa: 'نوه' },
  grandparent: {
    tr: 'Büyükanne veya büyükbaba',
    en: 'Grandparent',
    ar: 'جد أو جدة',
    fa: 'پدربزرگ یا مادربزرگ',
  },
  other_relative: { tr: 'Diğer akraba', en: 'Other relative', ar: 'قريب آخر', fa: 'خویشاوند دیگر' },
  unrelated_dependant: {
    tr: 'Akraba olmayan bakmakla yükümlü olunan kişi',
    en: 'Unrelated dependant',
    ar: 'معال من غير الأقارب',
    fa: 'فرد تحت تکفل غیرخویشاوند',
  },
};

const SET: ReadonlySet<string> = new Set(RELATIONSHIPS);

export function isRelationship(value: string): value is Relationship {
  return SET.has(value);
}
