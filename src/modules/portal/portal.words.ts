// The portal's own words (everything that is not an article), in the four languages.
import { isLang, type Lang } from '../../domain/reference/labels.ts';

export const AUTONYMS: Record<Lang, string> = { tr: 'Türkçe', en: 'English', ar: 'العربية', fa: 'فارسی' };
export const DIRECTION: Record<Lang, 'ltr' | 'rtl'> = { tr: 'ltr', en: 'ltr', ar: 'rtl', fa: 'rtl' };

type Words = {
  site: string;
  tagline: string;
  search: string;
  searchLabel: string;
  results: string;
  noResults: string;
  lastReviewed: string;
  nextReview: string;
  sources: string;
  uncertain: string;
  outdated: string;
  readSource: string;
  notFound: string;
  notFoundHint: string;
  exit: string;
  free: string;
  languages: string;
  home: string;
  regime: Record<string, string>;
};

export const WORDS: Record<Lang, Words> = {
  tr: {
    site: 'Koruma Yardım',
    tagline: 'Uluslararası koruma ve geçici koruma hakkında doğru bilgi',
    search: 'Ara',
    searchLabel: 'Bu sitede ara',
    results: 'Arama sonuçları',
    noResults: 'Sonuç bulunamadı. Başka bir kelime deneyin veya aşağıdaki numaraları arayın.',
    lastReviewed: 'Son gözden geçirme',
    nextReview: 'Sonraki gözden geçirme',
    sources: 'Yasal dayanak ve kaynaklar',
    uncertain: 'Bu konuda bilgi kesin değil',
    outdated: 'Bu çeviri, kaynak metnin son hâlinden eski.',
    readSource: 'Güncel kaynak metni okuyun',
    notFound: 'Sayfa bulunamadı',
    notFoundHint: 'Aradığınız sayfa yok veya taşındı. Aşağıda arayabilirsiniz.',
    exit: 'Bu sayfadan çık',
    free: 'Ücretsiz',
    languages: 'Dil',
    home: 'Ana sayfa',
    regime: {
      international_protection: 'Uluslararası koruma (Suriyeli olmayanlar)',
      temporary_protection: 'Geçici koruma (Suriyeliler)',
      all: 'Herkes için',
    },
  },
  en: {
    site: 'Koruma Help',
    tagline: 'Correct information on international and temporary protection',
    search: 'Search',
    searchLabel: 'Search this site',
    results: 'Search results',
    noResults: 'Nothing found. Try another word, or call one of the numbers below.',
    lastReviewed: 'Last reviewed',
    nextReview: 'Next review due',
    sources: 'Legal basis and sources',
    uncertain: 'This information is not certain',
    outdated: 'This translation is older than the latest source text.',
    readSource: 'Read the current source text',
    notFound: 'Page not found',
    notFoundHint: 'The page does not exist or has moved. You can search below.',
    exit: 'Exit this page',
    free: 'Free',
    languages: 'Language',
    home: 'Home',
    regime: {
      international_protection: 'International protection (non-Syrians)',
      temporary_protection: 'Temporary protection (Syrians)',
      all: 'For everyone',
    },
  },
  ar: {
    site: 'مساعدة كوروما',
    tagline: 'معلومات صحيحة عن الحماية الدولية والحماية المؤقتة',
    search: 'بحث',
    searchLabel: 'ابحث في هذا الموقع',
    results: 'نتائج البحث',
    noResults: 'لم يتم العثور على شيء. جرّب كلمة أخرى أو اتصل بأحد الأرقام أدناه.',
    lastReviewed: 'آخر مراجعة',
    nextReview: 'المراجعة القادمة',
    sources: 'الأساس القانوني والمصادر',
    uncertain: 'هذه المعلومة غير مؤكدة',
    outdated: 'هذه الترجمة أقدم من آخر نسخة من النص الأصلي.',
    readSource: 'اقرأ النص الأصلي الحالي',
    notFound: 'الصفحة غير موجودة',
    notFoundHint: 'الصفحة غير موجودة أو نُقلت. يمكنك البحث أدناه.',
    exit: 'اخرج من هذه الصفحة',
    free: 'مجاني',
    languages: 'اللغة',
    home: 'الصفحة الرئيسية',
    regime: {
      international_protection: 'الحماية الدولية (لغير السوريين)',
      temporary_protection: 'الحماية المؤقتة (للسوريين)',
      all: 'للجميع',
    },
  },
  fa: {
    site: 'راهنمای کوروما',
    tagline: 'اطلاعات درست دربارهٔ حمایت بین‌المللی و حمایت موقت',
    search: 'جستجو',
    searchLabel: 'در این سایت جستجو کنید',
    results: 'نتایج جستجو',
    noResults: 'چیزی پیدا نشد. کلمهٔ دیگری را امتحان کنید یا با یکی از شماره‌های زیر تماس بگیرید.',
    lastReviewed: 'آخرین بازبینی',
    nextReview: 'بازبینی بعدی',
    sources: 'مبنای قانونی و منابع',
    uncertain: 'این اطلاعات قطعی نیست',
    outdated: 'این ترجمه از آخرین نسخهٔ متن اصلی قدیمی‌تر است.',
    readSource: 'متن اصلی کنونی را بخوانید',
    notFound: 'صفحه پیدا نشد',
    notFoundHint: 'این صفحه وجود ندارد یا جابه‌جا شده است. می‌توانید در زیر جستجو کنید.',
    exit: 'خروج از این صفحه',
    free: 'رایگان',
    languages: 'زبان',
    home: 'صفحهٔ اصلی',
    regime: {
      international_protection: 'حمایت بین‌المللی (غیرسوری‌ها)',
      temporary_protection: 'حمایت موقت (سوری‌ها)',
      all: 'برای همه',
    },
  },
};

/** The best of our languages for an Accept-Language header (or a cookie), English by default. */
export function bestLanguage(acceptLanguage: string | undefined, cookie?: string): Lang {
  if (isLang(cookie)) return cookie;
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, q] = part.trim().split(';q=');
      return { lang: (tag ?? '').slice(0, 2).toLowerCase(), q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const w of wanted) if (isLang(w.lang)) return w.lang;
  return 'en';
}
