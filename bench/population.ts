// A synthetic registry population for the duplicate benchmarks: popularity-weighted Arabic,
// Persian, Afghan and Iraqi names, each with its original script and 3–5 Latin spellings;
// people in households (one family name and spelling, children carrying the father's given
// name); 20% of births known only by year, 1% not at all. Deterministic from a seed.
// The weights are our own rough orders of popularity, not measured frequencies.

export interface NameForm {
  original: string;
  latin: readonly string[];
  weight: number;
}

const n = (original: string, weight: number, ...latin: string[]): NameForm => ({ original, latin, weight });

export const MALE: readonly NameForm[] = [
  n('محمد', 60, 'Mohammad', 'Muhammad', 'Mohammed', 'Mohamad', 'Muhammed'),
  n('أحمد', 30, 'Ahmad', 'Ahmed', 'Ahmet', 'Achmad'),
  n('علي', 30, 'Ali', 'Aly', 'Alee'),
  n('حسن', 18, 'Hassan', 'Hasan', 'Hassen'),
  n('حسين', 18, 'Hussein', 'Hussain', 'Hossein', 'Husayn', 'Huseyin'),
  n('عمر', 12, 'Omar', 'Umar', 'Omer'),
  n('عبدالله', 12, 'Abdullah', 'Abdallah', 'Abdulla', 'Abd Allah'),
  n('عبد الرحمن', 8, 'Abdulrahman', 'Abdel Rahman', 'Abdurrahman', 'Abd al-Rahman'),
  n('خالد', 10, 'Khalid', 'Khaled', 'Halid'),
  n('محمود', 10, 'Mahmoud', 'Mahmud', 'Mahmood'),
  n('مصطفى', 10, 'Mustafa', 'Moustafa', 'Mostafa', 'Mustapha'),
  n('يوسف', 10, 'Yusuf', 'Yousef', 'Youssef', 'Yosef'),
  n('إبراهيم', 10, 'Ibrahim', 'Ebrahim', 'Ibraheem', 'Brahim'),
  n('إسماعيل', 6, 'Ismail', 'Esmail', 'Ismael'),
  n('جمال', 5, 'Jamal', 'Cemal', 'Djamal', 'Gamal'),
  n('كريم', 6, 'Karim', 'Kareem', 'Kerim'),
  n('قاسم', 6, 'Qasim', 'Kasim', 'Ghasem', 'Qassem'),
  n('رمضان', 4, 'Ramadan', 'Ramazan', 'Ramadhan'),
  n('كاظم', 4, 'Kadhim', 'Kazim', 'Kadim'),
  n('بلال', 4, 'Bilal', 'Belal', 'Bilaal'),
  n('وليد', 4, 'Walid', 'Waleed', 'Velid'),
  n('سعيد', 5, 'Saeed', 'Said', 'Saeid'),
  n('رضا', 8, 'Reza', 'Rida', 'Riza', 'Ridha'),
  n('مهدی', 6, 'Mehdi', 'Mahdi', 'Mehdy'),
  n('غلام', 5, 'Ghulam', 'Gholam', 'Golam', 'Qolam'),
  n('امیر', 6, 'Amir', 'Ameer', 'Emir'),
  n('فرید', 4, 'Farid', 'Fareed', 'Ferid'),
  n('جواد', 4, 'Jawad', 'Javad', 'Cevat'),
  n('ناصر', 5, 'Nasser', 'Naser', 'Nasir'),
  n('سليم', 4, 'Salim', 'Saleem', 'Selim'),
  n('طارق', 4, 'Tariq', 'Tarek', 'Tarik'),
  n('زكريا', 3, 'Zakaria', 'Zakariya', 'Zekeriya'),
  n('حبيب', 3, 'Habib', 'Habeeb', 'Hebib'),
  n('سيد', 4, 'Sayed', 'Sayyid', 'Seyed'),
  n('فيصل', 3, 'Faisal', 'Faysal', 'Feisal'),
  n('حمید', 5, 'Hamid', 'Hameed', 'Hamed'),
  n('مجيد', 3, 'Majid', 'Majeed', 'Macit'),
  n('علیرضا', 4, 'Alireza', 'Ali Reza', 'Alirıza'),
  n('نور الدين', 3, 'Nureddin', 'Nour al-Din', 'Noureddine'),
];

export const FEMALE: readonly NameForm[] = [
  n('فاطمة', 30, 'Fatima', 'Fatma', 'Fatemeh', 'Fatimah'),
  n('عائشة', 12, 'Aisha', 'Ayesha', 'Aysha', 'Ayşe'),
  n('مريم', 15, 'Maryam', 'Mariam', 'Meryem', 'Miriam'),
  n('زهراء', 15, 'Zahra', 'Zehra', 'Zahraa'),
  n('خديجة', 10, 'Khadija', 'Hatice', 'Khadijah', 'Hadice'),
  n('زينب', 12, 'Zainab', 'Zeynep', 'Zaynab', 'Zenab'),
  n('أمينة', 8, 'Amina', 'Emine', 'Aminah', 'Ameena'),
  n('هدى', 5, 'Huda', 'Hoda', 'Houda'),
  n('نور', 8, 'Noor', 'Nur', 'Nour'),
  n('ليلى', 8, 'Layla', 'Leila', 'Leyla', 'Laila'),
  n('سارا', 8, 'Sara', 'Sarah', 'Sarra'),
  n('رنا', 4, 'Rana', 'Ranaa', 'Rena'),
  n('سميرة', 4, 'Samira', 'Sameera', 'Semira'),
  n('معصومه', 4, 'Masoumeh', 'Masuma', 'Masume', 'Masooma'),
  n('شیرین', 4, 'Shirin', 'Şirin', 'Shireen'),
  n('پریسا', 3, 'Parisa', 'Pareesa', 'Perisa'),
  n('ثريا', 3, 'Soraya', 'Thuraya', 'Suraya'),
  n('نادية', 4, 'Nadia', 'Nadiya', 'Nadya'),
  n('رحيمة', 3, 'Rahima', 'Raheema', 'Rahime'),
  n('حنان', 3, 'Hanan', 'Hanaan', 'Hennan'),
  n('أسماء', 5, 'Asma', 'Esma', 'Asmaa'),
  n('فرح', 4, 'Farah', 'Ferah', 'Farrah'),
  n('رؤیا', 3, 'Roya', 'Ruya', 'Rooya'),
  n('محبوبه', 3, 'Mahboba', 'Mahbubeh', 'Mahbuba'),
  n('نسرین', 4, 'Nasrin', 'Nesrin', 'Nasreen'),
];

export interface FamilyForm extends NameForm {
  region: 'arab' | 'persian';
}
const f = (region: 'arab' | 'persian', original: string, weight: number, ...latin: string[]): FamilyForm => ({
  region,
  original,
  latin,
  weight,
});

const FAMILY_BASES: readonly FamilyForm[] = [
  f('arab', 'الأحمد', 8, 'Al-Ahmad', 'Alahmad', 'El Ahmed', 'Al Ahmed'),
  f('arab', 'الحسن', 8, 'Al-Hassan', 'Alhassan', 'El Hasan'),
  f('arab', 'الحسين', 7, 'Al-Hussein', 'Alhussain', 'El Hussein'),
  f('arab', 'العلي', 7, 'Al-Ali', 'Alali', 'El Ali'),
  f('arab', 'الخطيب', 5, 'Al-Khatib', 'Alkhatib', 'El Khatib', 'Hatip'),
  f('arab', 'الجبوري', 5, 'Al-Jubouri', 'Aljuburi', 'Al Jbouri'),
  f('arab', 'العبيدي', 4, 'Al-Obeidi', 'Al-Ubaidi', 'Alobaidi'),
  f('arab', 'التميمي', 4, 'Al-Tamimi', 'Altamimi', 'At-Tamimi'),
  f('arab', 'الدليمي', 4, 'Al-Dulaimi', 'Aldulaimi', 'Al Duleimi'),
  f('arab', 'الشمري', 4, 'Al-Shammari', 'Alshammari', 'Ash-Shammari', 'Al Shamari'),
  f('arab', 'الرشيد', 3, 'Al-Rashid', 'Alrashid', 'Ar-Rashid'),
  f('arab', 'النجار', 3, 'Al-Najjar', 'Alnajjar', 'An-Najjar', 'Neccar'),
  f('arab', 'الحلبي', 3, 'Al-Halabi', 'Alhalabi', 'Halebi'),
  f('arab', 'حداد', 3, 'Haddad', 'Hadad', 'Haddat'),
  f('arab', 'خليل', 3, 'Khalil', 'Halil', 'Khaleel'),
  f('arab', 'درويش', 3, 'Darwish', 'Derviş', 'Darwesh', 'Darvish'),
  f('arab', 'حمدان', 3, 'Hamdan', 'Hamdane', 'Hamdaan'),
  f('arab', 'منصور', 3, 'Mansour', 'Mansur', 'Mansoor'),
  f('arab', 'عثمان', 3, 'Othman', 'Osman', 'Uthman', 'Usman'),
  f('arab', 'صالح', 3, 'Saleh', 'Salih', 'Saleeh'),
  f('arab', 'قصاب', 2, 'Qassab', 'Kassab', 'Gassab'),
  f('arab', 'زيدان', 2, 'Zaidan', 'Zeydan', 'Zaydan'),
  f('arab', 'كردي', 2, 'Kurdi', 'Kurdy', 'Kourdi'),
  f('arab', 'صباغ', 2, 'Sabbagh', 'Sabbag', 'Sabag'),
  f('arab', 'دباغ', 2, 'Dabbagh', 'Debbag', 'Dabagh'),
  f('arab', 'حمود', 2, 'Hamoud', 'Hamud', 'Hammoud'),
  f('arab', 'عبود', 2, 'Abboud', 'Abbud', 'Abood'),
  f('arab', 'بدوي', 2, 'Badawi', 'Bedevi', 'Badawy'),
  f('arab', 'المصري', 3, 'Al-Masri', 'Almasri', 'El Masri'),
  f('arab', 'الحمصي', 2, 'Al-Homsi', 'Alhomsi', 'Humsi'),
  f('arab', 'الشامي', 2, 'Al-Shami', 'Alshami', 'Ash-Shami'),
  f('arab', 'الإدلبي', 2, 'Al-Idlibi', 'Idlibi', 'Al Edlibi'),
  f('arab', 'كنعان', 2, 'Kanaan', 'Kenan', 'Canaan'),
  f('arab', 'عبد العزيز', 2, 'Abdel Aziz', 'Abdulaziz', 'Abd al-Aziz', 'Abdelaziz'),
  f('arab', 'عبد الكريم', 2, 'Abdul Karim', 'Abdelkarim', 'Abdulkerim'),
  f('arab', 'بارزاني', 2, 'Barzani', 'Barzany', 'Berzani'),
  f('arab', 'طالباني', 2, 'Talabani', 'Talebani', 'Talabany'),
  f('arab', 'زيباري', 2, 'Zebari', 'Zibari', 'Zebary'),
  f('persian', 'احمدی', 8, 'Ahmadi', 'Ahmady', 'Ehmedi'),
  f('persian', 'محمدی', 8, 'Mohammadi', 'Muhammadi', 'Mohamadi'),
  f('persian', 'حسینی', 7, 'Hosseini', 'Husseini', 'Hoseini', 'Huseyni'),
  f('persian', 'رضایی', 5, 'Rezaei', 'Rezai', 'Rezayi'),
  f('persian', 'کریمی', 5, 'Karimi', 'Kareemi', 'Kerimi'),
  f('persian', 'رحیمی', 4, 'Rahimi', 'Raheemi', 'Rahemi'),
  f('persian', 'جعفری', 4, 'Jafari', 'Jaafari', 'Caferi', 'Jafary'),
  f('persian', 'سلطانی', 3, 'Sultani', 'Soltani', 'Sultany'),
  f('persian', 'حیدری', 4, 'Haidari', 'Haydari', 'Heydari', 'Hayderi'),
  f('persian', 'نظری', 3, 'Nazari', 'Nadhari', 'Nezeri'),
  f('persian', 'شریفی', 3, 'Sharifi', 'Sherifi', 'Shareefi'),
  f('persian', 'عزیزی', 3, 'Azizi', 'Azeezi', 'Ezizi'),
  f('persian', 'نوری', 3, 'Noori', 'Nouri', 'Nuri'),
  f('persian', 'حبیبی', 3, 'Habibi', 'Habeebi', 'Hebibi'),
  f('persian', 'صافی', 2, 'Safi', 'Saafi', 'Safy'),
  f('persian', 'پوپل', 2, 'Popal', 'Popel', 'Pupal'),
  f('persian', 'درانی', 2, 'Durrani', 'Durani', 'Dorrani'),
  f('persian', 'بارکزی', 2, 'Barakzai', 'Barakzay', 'Barekzai'),
  f('persian', 'وردک', 2, 'Wardak', 'Wardag', 'Vardak'),
  f('persian', 'ستانکزی', 2, 'Stanekzai', 'Stanikzai', 'Stanakzay'),
  f('persian', 'صمدی', 2, 'Samadi', 'Samedi', 'Samady'),
  f('persian', 'امیری', 3, 'Amiri', 'Ameeri', 'Emiri'),
  f('persian', 'هاشمی', 3, 'Hashimi', 'Hashemi', 'Hashmi'),
  f('persian', 'قادری', 2, 'Qaderi', 'Kaderi', 'Ghaderi', 'Qadiri'),
  f('persian', 'ناصری', 2, 'Naseri', 'Nasiri', 'Nasseri'),
  f('persian', 'یوسفی', 2, 'Yousufi', 'Yusufi', 'Yousefi'),
  f('persian', 'اکبری', 2, 'Akbari', 'Akbary', 'Ekberi'),
  f('persian', 'مرادی', 2, 'Moradi', 'Muradi', 'Moradiy'),
  f('persian', 'غفوری', 2, 'Ghafoori', 'Ghafuri', 'Gafuri'),
  f('persian', 'کوهستانی', 2, 'Kohistani', 'Kuhistani', 'Kohestani'),
  f('persian', 'پنجشیری', 2, 'Panjshiri', 'Panjsheri', 'Pansheri'),
  f('persian', 'تاجیک', 2, 'Tajik', 'Tacik', 'Tajek'),
];

// Persian and Afghan family names often carry a suffix: -zada (son of), -yar, -pour.
const PERSIAN_SUFFIXES: ReadonlyArray<{ original: string; latin: readonly string[] }> = [
  { original: 'زاده', latin: ['zada', 'zadeh', 'zade'] },
  { original: 'یار', latin: ['yar', 'yaar', 'yar'] },
  { original: 'پور', latin: ['pour', 'pur', 'poor'] },
];

export const FAMILY: readonly FamilyForm[] = [
  ...FAMILY_BASES,
  ...FAMILY_BASES.filter((b) => b.region === 'persian').flatMap((b) =>
    PERSIAN_SUFFIXES.map((s) => ({
      region: b.region,
      original: b.original.replace(/ی$/, '') + s.original,
      latin: b.latin.map((l, i) => l.replace(/[iy]$/, '') + s.latin[i % s.latin.length]!),
      weight: Math.max(1, b.weight / 2),
    })),
  ),
];

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weightedPicker<T extends { weight: number }>(items: readonly T[]) {
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) cumulative.push((total += item.weight));
  return (r: number): T => {
    const x = r * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo]!;
  };
}
const pickMale = weightedPicker(MALE);
const pickFemale = weightedPicker(FEMALE);
const pickFamily = weightedPicker(FAMILY);

export interface SyntheticPerson {
  given: NameForm;
  family: NameForm;
  father: NameForm;
  /** Which Latin spelling the registering office wrote. */
  givenSpelling: number;
  familySpelling: number;
  fatherSpelling: number;
  withOriginal: boolean;
  sex: 'female' | 'male';
  dateOfBirth: string | null;
  dateOfBirthPrecision: 'day' | 'year' | 'unknown';
  nationality: string;
}

/** The registered form of a synthetic person, as the API takes it. */
export function registrationOf(p: SyntheticPerson) {
  return {
    givenName: p.given.latin[p.givenSpelling]!,
    familyName: p.family.latin[p.familySpelling]!,
    fatherName: p.father.latin[p.fatherSpelling]!,
    givenNameOriginal: p.withOriginal ? p.given.original : undefined,
    familyNameOriginal: p.withOriginal ? p.family.original : undefined,
    sex: p.sex,
    ...(p.dateOfBirth ? { dateOfBirth: p.dateOfBirth } : {}),
    dateOfBirthPrecision: p.dateOfBirthPrecision,
    nationality: p.nationality,
    provinceCode: '34',
    entryType: 'irregular' as const,
    specificNeeds: [] as string[],
  };
}

const pad = (x: number) => String(x).padStart(2, '0');

/** Households one after another: a head, maybe a spouse, children; `count` persons in all. */
export function* households(seed: number, count: number, currentYear = 2026): Generator<SyntheticPerson> {
  const r = prng(seed);
  const spelling = (form: NameForm) => {
    // Most offices write the commonest spelling; the others still occur.
    const x = r();
    return x < 0.55
      ? 0
      : Math.min(form.latin.length - 1, 1 + Math.floor(((x - 0.55) / 0.45) * (form.latin.length - 1)));
  };
  const birth = (year: number): Pick<SyntheticPerson, 'dateOfBirth' | 'dateOfBirthPrecision'> => {
    const x = r();
    if (x < 0.01) return { dateOfBirth: null, dateOfBirthPrecision: 'unknown' };
    if (x < 0.21) return { dateOfBirth: `${year}-01-01`, dateOfBirthPrecision: 'year' };
    return {
      dateOfBirth: `${year}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`,
      dateOfBirthPrecision: 'day',
    };
  };
  let made = 0;
  while (made < count) {
    const family = pickFamily(r());
    const familySpelling = spelling(family);
    const nationality = family.region === 'arab' ? (r() < 0.7 ? 'SYR' : 'IRQ') : r() < 0.7 ? 'AFG' : 'IRN';
    const withOriginal = r() < 0.6;
    const headYear = currentYear - 20 - Math.floor(r() * 50);
    const head = pickMale(r());
    const headSpelling = spelling(head);
    const members: SyntheticPerson[] = [];
    const grandfather = pickMale(r());
    members.push({
      given: head,
      family,
      father: grandfather,
      givenSpelling: headSpelling,
      familySpelling,
      fatherSpelling: spelling(grandfather),
      withOriginal,
      sex: 'male',
      ...birth(headYear),
      nationality,
    });
    if (r() < 0.7) {
      const wife = pickFemale(r());
      const wifeFather = pickMale(r());
      members.push({
        given: wife,
        family,
        father: wifeFather,
        givenSpelling: spelling(wife),
        familySpelling,
        fatherSpelling: spelling(wifeFather),
        withOriginal,
        sex: 'female',
        ...birth(headYear + Math.floor(r() * 8)),
        nationality,
      });
    }
    const children = Math.floor(r() * r() * 6);
    for (let c = 0; c < children; c++) {
      const male = r() < 0.5;
      const child = male ? pickMale(r()) : pickFemale(r());
      const year = Math.min(currentYear - 1, headYear + 20 + Math.floor(r() * 25));
      members.push({
        given: child,
        family,
        father: head,
        givenSpelling: spelling(child),
        familySpelling,
        fatherSpelling: headSpelling,
        withOriginal,
        sex: male ? 'male' : 'female',
        ...birth(year),
        nationality,
      });
    }
    for (const m of members) {
      if (made++ >= count) return;
      yield m;
    }
  }
}
