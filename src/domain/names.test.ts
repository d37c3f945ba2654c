import { describe, expect, it } from 'vitest';
import { foldLatin, nameKeys, normaliseArabicScript, searchableText } from './names.ts';

const sameKey = (a: string, b: string) => expect(nameKeys(a), `${a} ~ ${b}`).toEqual(nameKeys(b));

describe('name keys', () => {
  it('unify Latin transliteration variants', () => {
    for (const variant of ['Muhammad', 'Muhammed', 'Mohamad', 'Mohammed', 'Muhammet', 'Mohamed']) {
      sameKey('Mohammed', variant);
    }
    sameKey('Hossein', 'Hüseyin');
    sameKey('Hussein', 'Husayn');
    sameKey('Yusuf', 'Yousef');
    sameKey('Zeynep', 'Zainab');
    sameKey('Khadija', 'Hatice');
    sameKey('Shirin', 'Şirin');
    sameKey('Osman', 'Othman');
    sameKey('Abdullah', 'Abdulla');
  });

  it('meet the same names written in Arabic or Persian script', () => {
    sameKey('Mohammed', 'محمد');
    sameKey('Ahmad', 'أحمد');
    sameKey('Fatima', 'فاطمة');
    sameKey('Fatemeh', 'فاطمه');
    sameKey('Hossein', 'حسین');
    sameKey('Yusuf', 'یوسف');
    sameKey('Omar', 'عمر');
    sameKey('Khalid', 'خالد');
    sameKey('Osman', 'عثمان');
  });

  it('keep different names apart', () => {
    expect(nameKeys('Ali')).not.toEqual(nameKeys('Omar'));
    expect(nameKeys('Hassan')).not.toEqual(nameKeys('Hashem'));
    // Hassan and Hossein share a skeleton (hsn): keys only find candidates; scoring then
    // weighs the spelling, so such pairs come back ranked, never merged.
    expect(nameKeys('Karim')).not.toEqual(nameKeys('Kamal'));
  });

  it('give one key per token, ignoring the article', () => {
    expect(nameKeys('Mohammad Reza')).toHaveLength(2);
    expect(nameKeys('al-Hassan')).toEqual(nameKeys('Hassan'));
    expect(nameKeys('')).toEqual([]);
    expect(nameKeys(null)).toEqual([]);
  });
});

describe('folding for search', () => {
  it('treats Turkish letters typed without diacritics as the same', () => {
    expect(foldLatin('ŞİRİN Işık Güzelçay')).toBe('sirin isik guzelcay');
  });

  it('unifies Arabic and Persian letter variants', () => {
    expect(normaliseArabicScript('علي')).toBe(normaliseArabicScript('علی'));
    expect(normaliseArabicScript('كريم')).toBe(normaliseArabicScript('کریم'));
    expect(normaliseArabicScript('مُحَمَّد')).toBe('محمد');
    expect(normaliseArabicScript('أحمد')).toBe('احمد');
  });

  it('joins names in both scripts', () => {
    expect(searchableText(['Şirin', null, 'شیرین'])).toBe('sirin شیرین');
  });
});
