// Decision letters in Turkish, English, Arabic and Farsi (LFIP Art. 70: the applicant is told the
// decision, the remedy, where to apply and by when). Our own wording; the facts are domain.md's.
import type { Lang } from '../../domain/reference/labels.ts';
import type { AppealBody, Decision } from '../../domain/procedure/states.ts';

export interface LetterText {
  title: string;
  reference: string;
  served: string;
  applicant: string;
  idNumber: string;
  members: string;
  decision: Record<Decision | 'ipec_rejection', string>;
  reasons: string;
  remedy: string;
  appealTo: (body: string, amount: number, unit: string) => string;
  lastDay: string;
  unverified: string;
  movedToWorkingDay: string;
  noRemedy: string;
  bodies: Record<AppealBody, string>;
  days: string;
  legalAid: string;
  /** PMM's 24/7 foreigners' line, YİMER 157 [AIDA-info]; the number is written by the renderer. */
  hotline: string;
  duty: string;
}

export const LETTER_TEXT: Record<Lang, LetterText> = {
  tr: {
    title: 'Uluslararası koruma başvurunuz hakkında karar',
    reference: 'Dosya numarası',
    served: 'Tebliğ tarihi',
    applicant: 'Başvuru sahibi',
    idNumber: 'Yabancı kimlik numarası',
    members: 'Kararın kapsadığı aile üyeleri',
    decision: {
      refugee: 'Size mülteci statüsü verilmiştir (6458 sayılı Kanun md. 61).',
      conditional_refugee:
        'Size şartlı mülteci statüsü verilmiştir (md. 62). Üçüncü bir ülkeye yerleştirilinceye kadar Türkiye’de kalabilirsiniz.',
      subsidiary_protection: 'Size ikincil koruma statüsü verilmiştir (md. 63).',
      rejected: 'Uluslararası koruma başvurunuz reddedilmiştir (md. 78).',
      inadmissible: 'Başvurunuz kabul edilemez bulunmuştur (md. 72).',
      excluded: 'Uluslararası korumanın dışında tutulmanıza karar verilmiştir (md. 64).',
      implicitly_withdrawn: 'Başvurunuz geri çekilmiş sayılmıştır (md. 77).',
      cessation: 'Koruma statünüz sona erdirilmiştir (md. 85).',
      cancellation: 'Koruma statünüz iptal edilmiştir (md. 86).',
      ipec_rejection: 'Uluslararası Koruma Değerlendirme Komisyonu itirazınızı reddetmiştir.',
    },
    reasons: 'Gerekçe',
    remedy: 'Bu karara karşı başvuru yolları',
    appealTo: (body, amount, unit) =>
      `${body}: tebliğden itibaren ${amount} ${unit} içinde başvurabilirsiniz.`,
    lastDay: 'Son gün',
    unverified: 'Bu süre mevzuatta kesinleşmemiştir; gösterilen tarihten önce başvurun.',
    movedToWorkingDay: 'Sürenin son günü tatile denk geldiği için ilk iş gününe uzamıştır.',
    noRemedy: 'Statü belgeniz için il göç idaresi müdürlüğüne başvurunuz.',
    bodies: {
      ipec: 'Uluslararası Koruma Değerlendirme Komisyonu',
      administrative_court: 'İdare mahkemesi',
      regional_administrative_court: 'Bölge idare mahkemesi (istinaf)',
    },
    days: 'gün',
    legalAid: 'Ücretsiz hukuki yardım için ilinizdeki baro adli yardım bürosuna başvurabilirsiniz.',
    hotline: 'Yabancılar iletişim merkezi (YİMER, 7/24)',
    duty: 'Bu yazı 6458 sayılı Kanunun 70. maddesi uyarınca verilmiştir.',
  },
  en: {
    title: 'Decision on your application for international protection',
    reference: 'Case number',
    served: 'Date of notification',
    applicant: 'Applicant',
    idNumber: 'Foreigner identification number',
    members: 'Family members covered by this decision',
    decision: {
      refugee: 'You have been granted refugee status (Law 6458, Art. 61).',
      conditional_refugee:
        'You have been granted conditional refugee status (Art. 62). You may stay in Türkiye until you are resettled to a third country.',
      subsidiary_protection: 'You have been granted subsidiary protection (Art. 63).',
      rejected: 'Your application for international protection has been rejected (Art. 78).',
      inadmissible: 'Your application has been found inadmissible (Art. 72).',
      excluded: 'It has been decided that you are excluded from international protection (Art. 64).',
      implicitly_withdrawn: 'Your application is considered withdrawn (Art. 77).',
      cessation: 'Your protection status has ended (Art. 85).',
      cancellation: 'Your protection status has been cancelled (Art. 86).',
      ipec_rejection: 'The International Protection Evaluation Commission has rejected your appeal.',
    },
    reasons: 'Reasons',
    remedy: 'How to challenge this decision',
    appealTo: (body, amount, unit) => `${body}: you may apply within ${amount} ${unit} of notification.`,
    lastDay: 'Last day',
    unverified: 'This period is not settled in law; apply before the date shown.',
    movedToWorkingDay: 'The period ended on a holiday or weekend, so it runs to the next working day.',
    noRemedy: 'Ask the provincial migration directorate for your status document.',
    bodies: {
      ipec: 'International Protection Evaluation Commission',
      administrative_court: 'Administrative court',
      regional_administrative_court: 'Regional administrative court (onward appeal)',
    },
    days: 'days',
    legalAid: 'For free legal aid, contact the legal aid office of the bar association in your province.',
    hotline: 'Foreigners’ communication centre (YİMER, 24/7)',
    duty: 'This letter is given to you under Article 70 of Law 6458.',
  },
  ar: {
    title: 'قرار بشأن طلبك للحماية الدولية',
    reference: 'رقم الملف',
    served: 'تاريخ التبليغ',
    applicant: 'مقدم الطلب',
    idNumber: 'رقم هوية الأجنبي',
    members: 'أفراد الأسرة الذين يشملهم هذا القرار',
    decision: {
      refugee: 'مُنحت صفة اللاجئ (القانون 6458، المادة 61).',
      conditional_refugee:
        'مُنحت صفة اللاجئ المشروط (المادة 62). يمكنك البقاء في تركيا إلى أن يُعاد توطينك في بلد ثالث.',
      subsidiary_protection: 'مُنحت الحماية الثانوية (المادة 63).',
      rejected: 'رُفض طلبك للحماية الدولية (المادة 78).',
      inadmissible: 'اعتُبر طلبك غير مقبول (المادة 72).',
      excluded: 'تقرر استبعادك من الحماية الدولية (المادة 64).',
      implicitly_withdrawn: 'يُعتبر طلبك مسحوبًا (المادة 77).',
      cessation: 'انتهت صفة الحماية الخاصة بك (المادة 85).',
      cancellation: 'أُلغيت صفة الحماية الخاصة بك (المادة 86).',
      ipec_rejection: 'رفضت لجنة تقييم الحماية الدولية اعتراضك.',
    },
    reasons: 'الأسباب',
    remedy: 'كيف تعترض على هذا القرار',
    appealTo: (body, amount, unit) => `${body}: يمكنك التقدم خلال ${amount} ${unit} من تاريخ التبليغ.`,
    lastDay: 'آخر يوم',
    unverified: 'هذه المدة غير محسومة في القانون؛ قدّم طلبك قبل التاريخ المذكور.',
    movedToWorkingDay: 'انتهت المدة في يوم عطلة، فامتدت إلى أول يوم عمل.',
    noRemedy: 'راجع مديرية الهجرة في الولاية للحصول على وثيقة الحماية.',
    bodies: {
      ipec: 'لجنة تقييم الحماية الدولية',
      administrative_court: 'المحكمة الإدارية',
      regional_administrative_court: 'المحكمة الإدارية الإقليمية (الاستئناف)',
    },
    days: 'يومًا',
    legalAid: 'للحصول على مساعدة قانونية مجانية، راجع مكتب المساعدة القانونية في نقابة المحامين في ولايتك.',
    hotline: 'مركز اتصال الأجانب (YİMER، على مدار الساعة)',
    duty: 'سُلّمت إليك هذه الرسالة وفق المادة 70 من القانون 6458.',
  },
  fa: {
    title: 'تصمیم درباره درخواست حمایت بین‌المللی شما',
    reference: 'شماره پرونده',
    served: 'تاریخ ابلاغ',
    applicant: 'متقاضی',
    idNumber: 'شماره شناسایی خارجی',
    members: 'اعضای خانواده که این تصمیم شامل آنها می‌شود',
    decision: {
      refugee: 'به شما وضعیت پناهندگی داده شد (قانون ۶۴۵۸، ماده ۶۱).',
      conditional_refugee:
        'به شما وضعیت پناهنده مشروط داده شد (ماده ۶۲). تا زمان اسکان مجدد در کشور سوم می‌توانید در ترکیه بمانید.',
      subsidiary_protection: 'به شما حمایت تکمیلی داده شد (ماده ۶۳).',
      rejected: 'درخواست حمایت بین‌المللی شما رد شد (ماده ۷۸).',
      inadmissible: 'درخواست شما غیرقابل پذیرش شناخته شد (ماده ۷۲).',
      excluded: 'تصمیم گرفته شد که شما از حمایت بین‌المللی مستثنا هستید (ماده ۶۴).',
      implicitly_withdrawn: 'درخواست شما مسترد‌شده تلقی می‌شود (ماده ۷۷).',
      cessation: 'وضعیت حمایتی شما پایان یافت (ماده ۸۵).',
      cancellation: 'وضعیت حمایتی شما لغو شد (ماده ۸۶).',
      ipec_rejection: 'کمیسیون ارزیابی حمایت بین‌المللی اعتراض شما را رد کرد.',
    },
    reasons: 'دلایل',
    remedy: 'راه‌های اعتراض به این تصمیم',
    appealTo: (body, amount, unit) => `${body}: می‌توانید ظرف ${amount} ${unit} از تاریخ ابلاغ اقدام کنید.`,
    lastDay: 'آخرین روز',
    unverified: 'این مهلت در قانون قطعی نیست؛ پیش از تاریخ ذکرشده اقدام کنید.',
    movedToWorkingDay: 'آخرین روز مهلت تعطیل بود، بنابراین مهلت تا اولین روز کاری ادامه دارد.',
    noRemedy: 'برای دریافت مدرک وضعیت خود به اداره مهاجرت استان مراجعه کنید.',
    bodies: {
      ipec: 'کمیسیون ارزیابی حمایت بین‌المللی',
      administrative_court: 'دادگاه اداری',
      regional_administrative_court: 'دادگاه اداری منطقه‌ای (تجدیدنظر)',
    },
    days: 'روز',
    legalAid: 'برای کمک حقوقی رایگان به دفتر کمک حقوقی کانون وکلای استان خود مراجعه کنید.',
    hotline: 'مرکز تماس اتباع خارجی (YİMER، شبانه‌روزی)',
    duty: 'این نامه بر اساس ماده ۷۰ قانون ۶۴۵۸ به شما داده می‌شود.',
  },
};
