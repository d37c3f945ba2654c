// The words of applicant self-service, in the four languages.
import type { Lang } from '../../domain/reference/labels.ts';

type Words = {
  title: string;
  intro: string;
  idNumber: string;
  dateOfBirth: string;
  sendCode: string;
  codeSent: string;
  code: string;
  signIn: string;
  signOut: string;
  wrongCode: string;
  limited: string;
  codeMessage: string;
  yourCase: string;
  stage: string;
  noCase: string;
  nextAppointment: string;
  none: string;
  documents: string;
  validUntil: string;
  reporting: string;
  reportingNext: string;
  appealWindows: string;
  lastDay: string;
  whatNext: string;
  change: string;
  changeIntro: string;
  province: string;
  district: string;
  address: string;
  phone: string;
  send: string;
  changeSaved: string;
  invalidProvince: string;
  next: Record<'pending' | 'appeal' | 'protected' | 'final' | 'none', string>;
};

export const SS_WORDS: Record<Lang, Words> = {
  tr: {
    title: 'Başvurum',
    intro:
      'Yabancı kimlik numaranızı ve doğum tarihinizi girin. Kayıtlı telefonunuza veya e-postanıza tek kullanımlık bir kod göndereceğiz.',
    idNumber: 'Yabancı kimlik numarası (99 ile başlar)',
    dateOfBirth: 'Doğum tarihi',
    sendCode: 'Kod gönder',
    codeSent:
      'Bilgiler kayıtlarımızla eşleşiyorsa kayıtlı telefonunuza veya e-postanıza bir kod gönderdik. Kod 10 dakika geçerlidir.',
    code: 'Tek kullanımlık kod',
    signIn: 'Giriş yap',
    signOut: 'Çıkış yap',
    wrongCode: 'Kod doğru değil veya süresi doldu. Yeniden deneyin.',
    limited: 'Çok fazla deneme yapıldı. Lütfen 15 dakika sonra yeniden deneyin.',
    codeMessage: 'Koruma giriş kodunuz: {code}. {minutes} dakika geçerlidir. Bu kodu kimseyle paylaşmayın.',
    yourCase: 'Başvurunuz',
    stage: 'Aşama',
    noCase: 'Kayıtlı bir başvurunuz yok.',
    nextAppointment: 'Sonraki randevu',
    none: 'Yok',
    documents: 'Belgeleriniz',
    validUntil: 'Geçerlilik sonu',
    reporting: 'İmza (bildirim) yükümlülüğü',
    reportingNext: 'Sonraki imza günü',
    appealWindows: 'Açık itiraz süreleri',
    lastDay: 'Son gün',
    whatNext: 'Şimdi ne yapmalıyım?',
    change: 'Adres veya telefon değişikliği bildirin',
    changeIntro:
      'Adresiniz veya telefonunuz değiştiyse 20 gün içinde bildirmeniz gerekir. Bildiriminiz bir görevli tarafından incelenecektir.',
    province: 'İl (plaka kodu)',
    district: 'İlçe',
    address: 'Adres',
    phone: 'Telefon',
    send: 'Gönder',
    changeSaved: 'Bildiriminiz alındı. Bir görevli inceleyecek.',
    invalidProvince: 'İl plaka kodu 01 ile 81 arasında olmalıdır.',
    next: {
      pending:
        'Başvurunuz inceleniyor. Randevularınıza ve imza günlerinize gidin; adres değişikliğini 20 gün içinde bildirin.',
      appeal:
        'Karara itiraz etmek istiyorsanız son günden önce başvurun. Baroların adli yardım bürolarından ücretsiz avukat isteyebilirsiniz.',
      protected:
        'Statünüz var. Kimlik belgenizin geçerlilik tarihini takip edin ve yükümlülüklerinizi yerine getirin.',
      final:
        'Başvurunuz hakkındaki karar kesinleşti. Sorularınız için il göç idaresine veya bir avukata danışın.',
      none: 'Koruma başvurusu yapmak için bulunduğunuz ildeki göç idaresine gidin.',
    },
  },
  en: {
    title: 'My application',
    intro:
      'Enter your foreigner ID number and date of birth. We will send a one-time code to the phone or e-mail on record.',
    idNumber: 'Foreigner ID number (starts with 99)',
    dateOfBirth: 'Date of birth',
    sendCode: 'Send code',
    codeSent:
      'If the details match our records, we have sent a code to the phone or e-mail on record. The code is valid for 10 minutes.',
    code: 'One-time code',
    signIn: 'Sign in',
    signOut: 'Sign out',
    wrongCode: 'The code is wrong or has expired. Try again.',
    limited: 'Too many attempts. Please try again in 15 minutes.',
    codeMessage:
      'Your Koruma sign-in code: {code}. Valid for {minutes} minutes. Do not share it with anyone.',
    yourCase: 'Your application',
    stage: 'Stage',
    noCase: 'You have no application on record.',
    nextAppointment: 'Next appointment',
    none: 'None',
    documents: 'Your documents',
    validUntil: 'Valid until',
    reporting: 'Reporting duty (signature)',
    reportingNext: 'Next reporting day',
    appealWindows: 'Open appeal windows',
    lastDay: 'Last day',
    whatNext: 'What should I do now?',
    change: 'Report a change of address or phone',
    changeIntro:
      'If your address or phone changed, you must report it within 20 days. An officer will review your report.',
    province: 'Province (plate code)',
    district: 'District',
    address: 'Address',
    phone: 'Phone',
    send: 'Send',
    changeSaved: 'Your report was received. An officer will review it.',
    invalidProvince: 'The province plate code is a number from 01 to 81.',
    next: {
      pending:
        'Your application is being examined. Go to your appointments and reporting days; report a change of address within 20 days.',
      appeal:
        'If you want to challenge the decision, do it before the last day. You can ask the bar association for a free lawyer.',
      protected: 'You hold a status. Watch the expiry date of your ID document and keep to your duties.',
      final:
        'The decision on your application is final. Ask the provincial migration directorate or a lawyer if you have questions.',
      none: 'To apply for protection, go to the migration directorate of the province where you are.',
    },
  },
  ar: {
    title: 'طلبي',
    intro:
      'أدخل رقم هوية الأجنبي وتاريخ ميلادك. سنرسل رمزًا لمرة واحدة إلى الهاتف أو البريد الإلكتروني المسجل.',
    idNumber: 'رقم هوية الأجنبي (يبدأ بـ 99)',
    dateOfBirth: 'تاريخ الميلاد',
    sendCode: 'أرسل الرمز',
    codeSent:
      'إذا تطابقت البيانات مع سجلاتنا فقد أرسلنا رمزًا إلى الهاتف أو البريد الإلكتروني المسجل. الرمز صالح لمدة 10 دقائق.',
    code: 'الرمز لمرة واحدة',
    signIn: 'تسجيل الدخول',
    signOut: 'تسجيل الخروج',
    wrongCode: 'الرمز غير صحيح أو انتهت صلاحيته. حاول مرة أخرى.',
    limited: 'محاولات كثيرة جدًا. يرجى المحاولة بعد 15 دقيقة.',
    codeMessage: 'رمز الدخول إلى كوروما: {code}. صالح لمدة {minutes} دقائق. لا تشاركه مع أحد.',
    yourCase: 'طلبك',
    stage: 'المرحلة',
    noCase: 'لا يوجد طلب مسجل باسمك.',
    nextAppointment: 'الموعد القادم',
    none: 'لا يوجد',
    documents: 'وثائقك',
    validUntil: 'صالحة حتى',
    reporting: 'واجب التوقيع (الإبلاغ)',
    reportingNext: 'يوم التوقيع القادم',
    appealWindows: 'مهل الطعن المفتوحة',
    lastDay: 'آخر يوم',
    whatNext: 'ماذا أفعل الآن؟',
    change: 'أبلغ عن تغيير العنوان أو الهاتف',
    changeIntro: 'إذا تغير عنوانك أو هاتفك فعليك الإبلاغ خلال 20 يومًا. سيراجع موظف بلاغك.',
    province: 'الولاية (رمز اللوحة)',
    district: 'المنطقة',
    address: 'العنوان',
    phone: 'الهاتف',
    send: 'إرسال',
    changeSaved: 'وصل بلاغك. سيراجعه موظف.',
    invalidProvince: 'رمز لوحة الولاية رقم من 01 إلى 81.',
    next: {
      pending: 'طلبك قيد الدراسة. احضر مواعيدك وأيام التوقيع، وأبلغ عن تغيير العنوان خلال 20 يومًا.',
      appeal: 'إذا أردت الطعن في القرار فافعل ذلك قبل آخر يوم. يمكنك طلب محامٍ مجاني من نقابة المحامين.',
      protected: 'لديك وضع حماية. انتبه لتاريخ انتهاء وثيقة هويتك والتزم بواجباتك.',
      final: 'أصبح القرار بشأن طلبك نهائيًا. اسأل مديرية الهجرة في الولاية أو محاميًا إذا كانت لديك أسئلة.',
      none: 'لتقديم طلب الحماية، اذهب إلى مديرية الهجرة في الولاية التي تقيم فيها.',
    },
  },
  fa: {
    title: 'درخواست من',
    intro:
      'شمارهٔ شناسایی خارجی و تاریخ تولد خود را وارد کنید. یک کد یک‌بارمصرف به تلفن یا ایمیل ثبت‌شده می‌فرستیم.',
    idNumber: 'شمارهٔ شناسایی خارجی (با 99 شروع می‌شود)',
    dateOfBirth: 'تاریخ تولد',
    sendCode: 'ارسال کد',
    codeSent:
      'اگر اطلاعات با سوابق ما یکی باشد، کدی به تلفن یا ایمیل ثبت‌شده فرستادیم. کد 10 دقیقه اعتبار دارد.',
    code: 'کد یک‌بارمصرف',
    signIn: 'ورود',
    signOut: 'خروج',
    wrongCode: 'کد درست نیست یا منقضی شده است. دوباره امتحان کنید.',
    limited: 'تلاش‌های زیادی انجام شد. لطفاً 15 دقیقهٔ دیگر دوباره امتحان کنید.',
    codeMessage: 'کد ورود شما به کوروما: {code}. {minutes} دقیقه اعتبار دارد. آن را به کسی ندهید.',
    yourCase: 'درخواست شما',
    stage: 'مرحله',
    noCase: 'درخواستی به نام شما ثبت نشده است.',
    nextAppointment: 'قرار بعدی',
    none: 'ندارد',
    documents: 'مدارک شما',
    validUntil: 'معتبر تا',
    reporting: 'وظیفهٔ امضا (گزارش‌دهی)',
    reportingNext: 'روز امضای بعدی',
    appealWindows: 'مهلت‌های باز اعتراض',
    lastDay: 'آخرین روز',
    whatNext: 'حالا چه کار کنم؟',
    change: 'گزارش تغییر نشانی یا تلفن',
    changeIntro:
      'اگر نشانی یا تلفن شما تغییر کرده، باید ظرف 20 روز گزارش دهید. یک کارمند گزارش شما را بررسی می‌کند.',
    province: 'استان (کد پلاک)',
    district: 'شهرستان',
    address: 'نشانی',
    phone: 'تلفن',
    send: 'ارسال',
    changeSaved: 'گزارش شما دریافت شد. یک کارمند آن را بررسی می‌کند.',
    invalidProvince: 'کد پلاک استان عددی از 01 تا 81 است.',
    next: {
      pending:
        'درخواست شما در حال بررسی است. به قرارها و روزهای امضا بروید و تغییر نشانی را ظرف 20 روز گزارش دهید.',
      appeal:
        'اگر می‌خواهید به تصمیم اعتراض کنید، پیش از آخرین روز اقدام کنید. می‌توانید از کانون وکلا وکیل رایگان بخواهید.',
      protected:
        'شما وضعیت حمایتی دارید. تاریخ اعتبار کارت شناسایی خود را دنبال کنید و به وظایف خود عمل کنید.',
      final:
        'تصمیم دربارهٔ درخواست شما قطعی شده است. برای پرسش‌ها با ادارهٔ مهاجرت استان یا یک وکیل مشورت کنید.',
      none: 'برای درخواست حمایت، به ادارهٔ مهاجرت استانی که در آن هستید بروید.',
    },
  },
};
