import type { Labels } from './labels.ts';

/**
 * Specific-needs code list (domain.md §7 and §12.4).
 *
 * Two families:
 * - `statutory`: the "persons with special needs" (özel ihtiyaç sahibi) of LFIP
 *   (Law No. 6458) Art. 3(1)(l) / Art. 67; TPR Art. 3 has the same list [AIDA-ident].
 * - `unhcr`: UNHCR standardized specific-needs codes as used in proGres.
 *   Guidance: IOM/FOM 030/2009 [UNHCR-SN]; full code list from a proGres v3 query
 *   [GH-progres]; labels follow the proGres↔Primero mappings [GH-openfn].
 *   Group codes (e.g. `SC`) are themselves valid codes in proGres v3.
 *   "UAM" is NOT a proGres code: an unaccompanied child is `SC-UC`.
 *
 * Codes whose meaning domain.md marks UNVERIFIED carry `unverified: true` and a
 * label that says so; never present such a meaning as certain.
 *
 * The `statutory` field on UNHCR codes follows the §12.4 "mapping hint". It is a
 * DESIGN SUGGESTION, NOT AN OFFICIAL CROSSWALK between Turkish law and UNHCR codes.
 * Statutory codes are prefixed `LFIP67-` so they cannot be confused with the
 * UNHCR torture group `TR`.
 */

export type SpecificNeedFamily = 'statutory' | 'unhcr';

export interface SpecificNeedCode {
  code: string;
  family: SpecificNeedFamily;
  /** UNHCR group code (e.g. 'SC') or 'STATUTORY'. */
  group: string;
  labels: Labels;
  /** True where domain.md marks the meaning UNVERIFIED. */
  unverified: boolean;
  /** For UNHCR codes: the statutory code suggested by the §12.4 mapping hint. */
  statutory?: string;
}

export const STATUTORY_GROUP = 'STATUTORY';

/** [code/group, en, tr, ar, fa] */
type Row = readonly [string, string, string, string, string];

function labelsOf(row: Row): Labels {
  return { en: row[1], tr: row[2], ar: row[3], fa: row[4] };
}

function unverifiedLabels(code: string): Labels {
  return {
    en: `${code} (meaning unverified)`,
    tr: `${code} (anlamı doğrulanmadı)`,
    ar: `${code} (المعنى غير مؤكد)`,
    fa: `${code} (معنا تأیید نشده)`,
  };
}

// prettier-ignore
const GROUP_ROWS: readonly Row[] = [
  [STATUTORY_GROUP, 'Persons with special needs (LFIP Art. 67)', '6458 sayılı Kanun m. 67 kapsamında özel ihtiyaç sahipleri', 'ذوو الاحتياجات الخاصة (المادة 67 من قانون الأجانب والحماية الدولية)', 'افراد دارای نیازهای ویژه (ماده ۶۷ قانون اتباع خارجی و حمایت بین‌المللی)'],
  ['CR', 'Child at risk', 'Risk altındaki çocuk', 'طفل معرض للخطر', 'کودک در معرض خطر'],
  ['SC', 'Unaccompanied or separated child', 'Refakatsiz veya ailesinden ayrı düşmüş çocuk', 'طفل غير مصحوب أو منفصل عن ذويه', 'کودک بدون همراه یا جدا شده از خانواده'],
  ['WR', 'Woman at risk', 'Risk altındaki kadın', 'امرأة معرضة للخطر', 'زن در معرض خطر'],
  ['ER', 'Older person at risk', 'Risk altındaki yaşlı kişi', 'شخص مسن معرض للخطر', 'سالمند در معرض خطر'],
  ['SP', 'Single parent or caregiver', 'Yalnız ebeveyn veya bakım veren', 'والد وحيد أو مقدم رعاية وحيد', 'والد یا سرپرست تنها'],
  ['DS', 'Disability', 'Engellilik', 'إعاقة', 'معلولیت'],
  ['SM', 'Serious medical condition', 'Ciddi sağlık sorunu', 'حالة طبية خطيرة', 'وضعیت پزشکی جدی'],
  ['FU', 'Family unity', 'Aile birliği', 'وحدة الأسرة', 'وحدت خانواده'],
  ['LP', 'Specific legal and physical protection needs', 'Özel hukuki ve fiziksel koruma ihtiyaçları', 'احتياجات خاصة للحماية القانونية والجسدية', 'نیازهای خاص حمایت حقوقی و جسمی'],
  ['TR', 'Torture', 'İşkence', 'التعذيب', 'شکنجه'],
  ['SV', 'Sexual and gender-based violence (SGBV)', 'Cinsel ve toplumsal cinsiyete dayalı şiddet', 'العنف الجنسي والقائم على النوع الاجتماعي', 'خشونت جنسی و مبتنی بر جنسیت'],
  ['PG', 'Pregnancy (proGres v3 list; meaning unverified)', 'Hamilelik (proGres v3 listesi; anlamı doğrulanmadı)', 'الحمل (قائمة proGres v3؛ المعنى غير مؤكد)', 'بارداری (فهرست proGres v3؛ معنا تأیید نشده)'],
];

export const SPECIFIC_NEED_GROUPS: readonly { group: string; labels: Labels }[] = GROUP_ROWS.map((row) => ({
  group: row[0],
  labels: labelsOf(row),
}));

// (a) Statutory categories, LFIP Art. 3(1)(l) / Art. 67 [AIDA-ident].
// prettier-ignore
const STATUTORY_ROWS: readonly Row[] = [
  ['LFIP67-UNACCOMPANIED_MINOR', 'Unaccompanied minor', 'Refakatsiz çocuk', 'قاصر غير مصحوب', 'کودک بدون همراه'],
  ['LFIP67-DISABLED', 'Person with a disability', 'Engelli', 'شخص ذو إعاقة', 'فرد دارای معلولیت'],
  ['LFIP67-ELDERLY', 'Elderly person', 'Yaşlı', 'شخص مسن', 'فرد سالمند'],
  ['LFIP67-PREGNANT', 'Pregnant woman', 'Hamile', 'امرأة حامل', 'زن باردار'],
  ['LFIP67-SINGLE_PARENT', 'Single mother or father with accompanying minor child', 'Beraberindeki çocuğuyla birlikte yalnız anne veya yalnız baba', 'أم أو أب بمفرده برفقة طفل قاصر', 'مادر یا پدر تنها به همراه فرزند زیر سن قانونی'],
  ['LFIP67-VIOLENCE_SURVIVOR', 'Victim of torture, rape or other serious psychological, physical or sexual violence', 'İşkence, cinsel saldırı veya diğer ciddi psikolojik, fiziksel ya da cinsel şiddete maruz kalmış kişi', 'ضحية التعذيب أو الاغتصاب أو غير ذلك من أشكال العنف النفسي أو الجسدي أو الجنسي الجسيم', 'قربانی شکنجه، تجاوز جنسی یا سایر اشکال شدید خشونت روانی، جسمی یا جنسی'],
];

// (b) UNHCR sub-codes with a sourced meaning (§12.4).
// prettier-ignore
const UNHCR_ROWS: readonly Row[] = [
  ['CR-CP', 'Child parent', 'Ebeveyn olan çocuk', 'طفل لديه أطفال', 'کودک دارای فرزند'],
  ['CR-CS', 'Child spouse', 'Evli çocuk', 'طفل متزوج', 'کودک متأهل'],
  ['CR-CC', 'Child carer', 'Bakım veren çocuk', 'طفل مقدم رعاية', 'کودک مراقب'],
  ['CR-TP', 'Teenage pregnancy', 'Ergenlik döneminde gebelik', 'حمل في سن المراهقة', 'بارداری در نوجوانی'],
  ['CR-LW', 'Worst forms of child labour', 'Çocuk işçiliğinin en kötü biçimleri', 'أسوأ أشكال عمل الأطفال', 'بدترین اشکال کار کودک'],
  ['CR-LO', 'Other child labour', 'Diğer çocuk işçiliği', 'أشكال أخرى من عمل الأطفال', 'سایر اشکال کار کودک'],
  ['CR-NE', 'At risk of not attending school', 'Okula devam etmeme riski', 'معرض لخطر عدم الالتحاق بالمدرسة', 'در معرض خطر عدم حضور در مدرسه'],
  ['CR-SE', 'Special education needs', 'Özel eğitim ihtiyacı', 'احتياجات تعليمية خاصة', 'نیازهای آموزشی ویژه'],
  ['CR-AF', 'Child associated with armed forces or groups', 'Silahlı kuvvetler veya gruplarla bağlantılı çocuk', 'طفل مرتبط بالقوات أو الجماعات المسلحة', 'کودک وابسته به نیروها یا گروه‌های مسلح'],
  ['CR-CL', 'Child in conflict with the law', 'Suça sürüklenen çocuk', 'طفل في نزاع مع القانون', 'کودک در تعارض با قانون'],
  ['SC-SC', 'Separated child', 'Ailesinden ayrı düşmüş çocuk', 'طفل منفصل عن ذويه', 'کودک جدا شده از والدین'],
  ['SC-UC', 'Unaccompanied child', 'Refakatsiz çocuk', 'طفل غير مصحوب', 'کودک بدون همراه'],
  ['SC-CH', 'Child-headed household', 'Çocuğun reisi olduğu hane', 'أسرة يعيلها طفل', 'خانوار با سرپرستی کودک'],
  ['SC-IC', 'Child in institutional care', 'Kurum bakımındaki çocuk', 'طفل في رعاية مؤسسية', 'کودک تحت مراقبت در مؤسسه'],
  ['SC-FC', 'Child in foster care', 'Koruyucu aile yanındaki çocuk', 'طفل في رعاية أسرة حاضنة', 'کودک تحت مراقبت خانواده جایگزین'],
  ['WR-WR', 'Woman at risk', 'Risk altındaki kadın', 'امرأة معرضة للخطر', 'زن در معرض خطر'],
  ['WR-SF', 'Single woman at risk', 'Risk altındaki yalnız kadın', 'امرأة وحيدة معرضة للخطر', 'زن تنها در معرض خطر'],
  ['WR-LC', 'Lactating woman', 'Emziren kadın', 'امرأة مرضعة', 'زن شیرده'],
  ['ER-NF', 'Single older person', 'Yalnız yaşlı kişi', 'مسن وحيد', 'سالمند تنها'],
  ['ER-MC', 'Older person with children', 'Çocuklarla birlikte yaşlı kişi', 'مسن برفقة أطفال', 'سالمند همراه با کودکان'],
  ['ER-FR', 'Older person unable to care for self', 'Kendi bakımını sağlayamayan yaşlı kişi', 'مسن غير قادر على رعاية نفسه', 'سالمند ناتوان از مراقبت از خود'],
  ['SP-PT', 'Single parent', 'Yalnız ebeveyn', 'والد وحيد', 'والد تنها'],
  ['SP-GP', 'Single grandparent', 'Yalnız büyükanne veya büyükbaba', 'جد أو جدة بمفرده', 'پدربزرگ یا مادربزرگ تنها'],
  ['SP-CG', 'Single caregiver', 'Yalnız bakım veren', 'مقدم رعاية وحيد', 'مراقب تنها'],
  ['DS-BD', 'Visual impairment', 'Görme engeli', 'إعاقة بصرية', 'معلولیت بینایی'],
  ['DS-DF', 'Hearing impairment', 'İşitme engeli', 'إعاقة سمعية', 'معلولیت شنوایی'],
  ['DS-PM', 'Physical disability – moderate', 'Bedensel engel – orta düzey', 'إعاقة جسدية – متوسطة', 'معلولیت جسمی – متوسط'],
  ['DS-PS', 'Physical disability – severe', 'Bedensel engel – ağır', 'إعاقة جسدية – شديدة', 'معلولیت جسمی – شدید'],
  ['DS-MM', 'Mental disability – moderate', 'Zihinsel engel – orta düzey', 'إعاقة ذهنية – متوسطة', 'معلولیت ذهنی – متوسط'],
  ['DS-MS', 'Mental disability – severe', 'Zihinsel engel – ağır', 'إعاقة ذهنية – شديدة', 'معلولیت ذهنی – شدید'],
  ['DS-SD', 'Speech impairment', 'Konuşma engeli', 'إعاقة في النطق', 'معلولیت گفتاری'],
  ['SM-MI', 'Mental illness', 'Ruhsal hastalık', 'مرض نفسي', 'بیماری روانی'],
  ['SM-MN', 'Malnutrition', 'Yetersiz beslenme', 'سوء التغذية', 'سوءتغذیه'],
  ['SM-DP', 'Difficult pregnancy', 'Sorunlu (riskli) gebelik', 'حمل متعسر', 'بارداری دشوار'],
  ['SM-CI', 'Chronic illness', 'Kronik hastalık', 'مرض مزمن', 'بیماری مزمن'],
  ['SM-CC', 'Critical medical condition', 'Kritik sağlık durumu', 'حالة طبية حرجة', 'وضعیت پزشکی وخیم'],
  ['SM-OT', 'Other medical condition', 'Diğer sağlık sorunu', 'حالة طبية أخرى', 'سایر مشکلات پزشکی'],
  ['SM-AD', 'Addiction', 'Bağımlılık', 'إدمان', 'اعتیاد'],
  ['FU-TR', 'Family tracing required', 'Aile üyelerinin aranması gerekli', 'يلزم البحث عن أفراد الأسرة', 'نیاز به ردیابی اعضای خانواده'],
  ['FU-FR', 'Family reunification required', 'Aile birleşimi gerekli', 'يلزم لمّ شمل الأسرة', 'نیاز به لم شمل خانواده'],
  ['LP-ND', 'No legal documentation', 'Yasal belgesi yok', 'لا يملك وثائق قانونية', 'فاقد مدارک قانونی'],
  ['LP-BN', 'Unmet basic needs', 'Karşılanmayan temel ihtiyaçlar', 'احتياجات أساسية غير ملباة', 'نیازهای اساسی برآورده‌نشده'],
  ['LP-NA', 'No access to services', 'Hizmetlere erişimi yok', 'لا يستطيع الوصول إلى الخدمات', 'عدم دسترسی به خدمات'],
  ['LP-MM', 'Mixed marriage', 'Karma evlilik', 'زواج مختلط', 'ازدواج مختلط'],
  ['LP-MD', 'Multiple displacements', 'Birden çok kez yerinden edilme', 'نزوح متكرر', 'آوارگی مکرر'],
  ['LP-RR', 'At risk of refoulement', 'Geri gönderme (refoulement) riski', 'معرض لخطر الإعادة القسرية', 'در معرض خطر بازگرداندن اجباری'],
  ['LP-RD', 'At risk of removal', 'Sınır dışı edilme riski', 'معرض لخطر الترحيل', 'در معرض خطر اخراج'],
  ['LP-DA', 'Detained in country of asylum', 'Sığınma ülkesinde alıkonulmuş', 'محتجز في بلد اللجوء', 'بازداشت‌شده در کشور پناهندگی'],
  ['LP-DO', 'Detained in country of origin', 'Menşe ülkesinde alıkonulmuş', 'محتجز في بلد المنشأ', 'بازداشت‌شده در کشور مبدأ'],
  ['LP-DT', 'Detained elsewhere', 'Başka bir yerde alıkonulmuş', 'محتجز في مكان آخر', 'بازداشت‌شده در جای دیگر'],
  ['LP-IH', 'In hiding', 'Saklanıyor', 'مختبئ', 'در اختفا'],
  ['LP-WP', 'No witness protection', 'Tanık koruması yok', 'لا تتوفر له حماية الشهود', 'عدم برخورداری از حمایت از شاهد'],
  ['LP-AN', 'Violence, abuse or neglect', 'Şiddet, istismar veya ihmal', 'عنف أو إساءة أو إهمال', 'خشونت، آزار یا بی‌توجهی'],
  ['LP-RP', 'At risk due to profile', 'Profili nedeniyle risk altında', 'معرض للخطر بسبب ملفه الشخصي', 'در معرض خطر به دلیل ویژگی‌های فردی'],
  ['LP-MS', 'Marginalized', 'Toplumda dışlanmış', 'مهمش', 'به حاشیه رانده‌شده'],
  ['LP-LS', 'Lack of durable-solution prospects', 'Kalıcı çözüm olanağının bulunmaması', 'انعدام آفاق الحلول الدائمة', 'نبود چشم‌انداز راه‌حل پایدار'],
  ['LP-AP', 'Alleged perpetrator', 'İddia edilen fail', 'جانٍ مزعوم', 'مرتکب ادعاشده'],
  ['LP-CR', 'Criminal record', 'Sabıka kaydı', 'سجل جنائي', 'سابقه کیفری'],
  ['LP-ST', 'Security threat to UNHCR or partner staff', 'BMMYK veya ortak kuruluş personeli için güvenlik tehdidi', 'تهديد أمني لموظفي المفوضية أو شركائها', 'تهدید امنیتی برای کارکنان کمیساریای عالی پناهندگان یا شرکا'],
  ['LP-AF', 'Formerly associated with armed forces or groups', 'Geçmişte silahlı kuvvetler veya gruplarla bağlantılı', 'ارتبط سابقاً بالقوات أو الجماعات المسلحة', 'وابستگی پیشین به نیروها یا گروه‌های مسلح'],
  ['TR-PI', 'Psychological or physical impairment due to torture', 'İşkenceye bağlı psikolojik veya fiziksel hasar', 'ضرر نفسي أو جسدي ناجم عن التعذيب', 'آسیب روانی یا جسمی ناشی از شکنجه'],
  ['TR-HO', 'Forced to commit egregious acts', 'Vahim eylemler gerçekleştirmeye zorlanmış', 'أُجبر على ارتكاب أفعال شنيعة', 'وادارشده به ارتکاب اعمال فجیع'],
  ['TR-WV', 'Witness of violence to others', 'Başkalarına yönelik şiddete tanık olmuş', 'شاهد على عنف ضد الآخرين', 'شاهد خشونت علیه دیگران'],
  ['SV-VA', 'SGBV survivor – in country of asylum', 'Cinsel ve toplumsal cinsiyete dayalı şiddet mağduru – sığınma ülkesinde', 'ناجٍ من العنف الجنسي والقائم على النوع الاجتماعي – في بلد اللجوء', 'بازمانده خشونت جنسی و مبتنی بر جنسیت – در کشور پناهندگی'],
  ['SV-VF', 'SGBV survivor – during flight', 'Cinsel ve toplumsal cinsiyete dayalı şiddet mağduru – kaçış sırasında', 'ناجٍ من العنف الجنسي والقائم على النوع الاجتماعي – أثناء الفرار', 'بازمانده خشونت جنسی و مبتنی بر جنسیت – در طول فرار'],
  ['SV-VO', 'SGBV survivor – in country of origin', 'Cinsel ve toplumsal cinsiyete dayalı şiddet mağduru – menşe ülkesinde', 'ناجٍ من العنف الجنسي والقائم على النوع الاجتماعي – في بلد المنشأ', 'بازمانده خشونت جنسی و مبتنی بر جنسیت – در کشور مبدأ'],
  ['SV-GM', 'Female genital mutilation', 'Kadın sünneti (kadın genital mutilasyonu)', 'تشويه الأعضاء التناسلية الأنثوية', 'ختنه زنان'],
  ['SV-HP', 'Harmful traditional practices', 'Zararlı geleneksel uygulamalar', 'ممارسات تقليدية ضارة', 'رسوم سنتی زیان‌بار'],
  ['SV-HK', 'Threat of honour killing or violence', 'Namus cinayeti veya namus adına şiddet tehdidi', 'التهديد بالقتل أو العنف بدافع الشرف', 'تهدید به قتل یا خشونت ناموسی'],
  ['SV-FM', 'Forced or early marriage', 'Zorla veya erken evlilik', 'زواج قسري أو مبكر', 'ازدواج اجباری یا زودهنگام'],
  ['SV-SS', 'Survival sex', 'Hayatta kalmak için seks', 'ممارسة الجنس من أجل البقاء', 'رابطه جنسی برای بقا'],
];

/** Codes present in the proGres v3 list whose meaning is UNVERIFIED (§12.4). */
// prettier-ignore
const UNVERIFIED_CODES: readonly string[] = [
  'CR-CH', 'CR-MS',
  'SC-NC', 'SC-UF', 'SC-UM',
  'WR-GM', 'WR-HR', 'WR-PY', 'WR-UW', 'WR-WF',
  'ER-OC', 'ER-SC', 'ER-UR',
  'LP-DN', 'LP-DP', 'LP-ES', 'LP-FR', 'LP-PV', 'LP-TA', 'LP-TC', 'LP-TD', 'LP-TO',
  'LP-TR', 'LP-UP', 'LP-VA', 'LP-VF', 'LP-VO', 'LP-VP',
  'PG', 'PG-HR', 'PG-LC',
];

/**
 * §12.4 mapping hint (design suggestion, not an official crosswalk):
 * SC-UC/SC → unaccompanied minor; DS → disabled; ER → elderly; SM-DP/PG → pregnant;
 * SP → single parent; TR/SV → victims of torture, rape, violence.
 * Whole-group entries apply to the group code and all its sub-codes.
 */
const MAPPING_BY_CODE: Readonly<Record<string, string>> = {
  SC: 'LFIP67-UNACCOMPANIED_MINOR',
  'SC-UC': 'LFIP67-UNACCOMPANIED_MINOR',
  'SM-DP': 'LFIP67-PREGNANT',
  PG: 'LFIP67-PREGNANT',
};
const MAPPING_BY_GROUP: Readonly<Record<string, string>> = {
  DS: 'LFIP67-DISABLED',
  ER: 'LFIP67-ELDERLY',
  SP: 'LFIP67-SINGLE_PARENT',
  TR: 'LFIP67-VIOLENCE_SURVIVOR',
  SV: 'LFIP67-VIOLENCE_SURVIVOR',
};

function unhcrGroupOf(code: string): string {
  return code.split('-')[0] ?? code;
}

function unhcrEntry(code: string, labels: Labels, unverified: boolean): SpecificNeedCode {
  const group = unhcrGroupOf(code);
  const entry: SpecificNeedCode = { code, family: 'unhcr', group, labels, unverified };
  const statutory = MAPPING_BY_CODE[code] ?? MAPPING_BY_GROUP[group];
  if (statutory) entry.statutory = statutory;
  return entry;
}

function build(): SpecificNeedCode[] {
  const out: SpecificNeedCode[] = STATUTORY_ROWS.map((row) => ({
    code: row[0],
    family: 'statutory',
    group: STATUTORY_GROUP,
    labels: labelsOf(row),
    unverified: false,
  }));
  const unhcr: SpecificNeedCode[] = [];
  for (const g of SPECIFIC_NEED_GROUPS) {
    if (g.group === STATUTORY_GROUP || UNVERIFIED_CODES.includes(g.group)) continue;
    unhcr.push(unhcrEntry(g.group, g.labels, false));
  }
  for (const row of UNHCR_ROWS) unhcr.push(unhcrEntry(row[0], labelsOf(row), false));
  for (const code of UNVERIFIED_CODES) unhcr.push(unhcrEntry(code, unverifiedLabels(code), true));
  // Order UNHCR codes by group order, then group code first, then alphabetically.
  const groupOrder = SPECIFIC_NEED_GROUPS.map((g) => g.group);
  unhcr.sort(
    (a, b) =>
      groupOrder.indexOf(a.group) - groupOrder.indexOf(b.group) ||
      Number(a.code !== a.group) - Number(b.code !== b.group) ||
      a.code.localeCompare(b.code, 'en'),
  );
  return [...out, ...unhcr];
}

export const SPECIFIC_NEEDS: readonly SpecificNeedCode[] = build();

const BY_CODE: ReadonlyMap<string, SpecificNeedCode> = new Map(SPECIFIC_NEEDS.map((s) => [s.code, s]));

export function isSpecificNeedCode(code: string): boolean {
  return BY_CODE.has(code);
}

export function specificNeed(code: string): SpecificNeedCode | undefined {
  return BY_CODE.get(code);
}
