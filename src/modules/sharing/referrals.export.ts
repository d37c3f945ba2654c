// The referral inbox or outbox as a file. A receiving organisation's file holds, of each person,
// only what its agreement for the referral's service lets it see, read through the boundary
// as the referral page reads it; the columns are those fields and no others.
import { SHAREABLE_FIELDS, type ShareableField } from '../../domain/sharing/boundary.ts';
import { COLUMN_LABELS as L } from '../../domain/exports/labels.ts';
import type { Labels } from '../../domain/reference/labels.ts';
import type { Cell } from '../../domain/exports/table-file.ts';
import { requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { wholeList, type ExportColumn, type ExportSpec } from '../exports/exports.service.ts';
import { fieldsFor, isOrganisationUser, sharedPersonView } from './boundary.service.ts';
import * as referrals from './referrals.service.ts';

type Summary = Awaited<ReturnType<typeof referrals.referralList>>[number];
interface Row {
  referral: Summary;
  person: Partial<Record<ShareableField, unknown>> | null;
}

const FIELD_LABELS: Record<ShareableField, Labels> = {
  name: L.name,
  name_original: {
    tr: 'Özgün yazımıyla ad',
    en: 'Name in original script',
    ar: 'الاسم بالخط الأصلي',
    fa: 'نام به خط اصلی',
  },
  foreigner_id_number: L.foreignerId,
  date_of_birth: { tr: 'Doğum tarihi', en: 'Date of birth', ar: 'تاريخ الميلاد', fa: 'تاریخ تولد' },
  sex: { tr: 'Cinsiyet', en: 'Sex', ar: 'الجنس', fa: 'جنسیت' },
  nationality: { tr: 'Uyruk', en: 'Nationality', ar: 'الجنسية', fa: 'تابعیت' },
  languages: { tr: 'Diller', en: 'Languages', ar: 'اللغات', fa: 'زبان‌ها' },
  phone: { tr: 'Telefon', en: 'Phone', ar: 'الهاتف', fa: 'تلفن' },
  email: { tr: 'E-posta', en: 'E-mail', ar: 'البريد الإلكتروني', fa: 'ایمیل' },
  address: {
    tr: 'Adres (il, ilçe)',
    en: 'Address (province, district)',
    ar: 'العنوان (الولاية، المنطقة)',
    fa: 'نشانی (استان، شهرستان)',
  },
  specific_needs: {
    tr: 'Özel ihtiyaçlar',
    en: 'Specific needs',
    ar: 'الاحتياجات الخاصة',
    fa: 'نیازهای ویژه',
  },
  protection_status: { tr: 'Koruma durumu', en: 'Protection status', ar: 'وضع الحماية', fa: 'وضعیت حمایت' },
};

const FIELD_HXL: Record<ShareableField, string> = {
  name: '#meta+name',
  name_original: '#meta+name+original',
  foreigner_id_number: '#meta+id+foreigner',
  date_of_birth: '#date+birth',
  sex: '#sex',
  nationality: '#country+code',
  languages: '#meta+languages',
  phone: '#contact+phone',
  email: '#contact+email',
  address: '#adm1+code',
  specific_needs: '#meta+needs',
  protection_status: '#status+protection',
};

/** A shared value as one cell: lists joined, the address and the status written out. */
function cellOf(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.join(' ');
  if (typeof value === 'object')
    return Object.values(value)
      .filter((v) => v !== null)
      .join(' / ');
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
}

const REFERRAL_COLUMNS: readonly ExportColumn<Row>[] = [
  { labels: L.reference, hxl: '#meta+referral+id', value: (r) => r.referral.reference },
  { labels: L.service, hxl: '#service+code', value: (r) => r.referral.service },
  { labels: L.state, hxl: '#status+code', value: (r) => r.referral.status },
  { labels: L.from, hxl: '#org+from', value: (r) => r.referral.fromOrganisation },
  { labels: L.to, hxl: '#org+to', value: (r) => r.referral.toOrganisation },
  { labels: L.sentOn, hxl: '#date+sent', value: (r) => r.referral.sentOn },
  { labels: L.members, hxl: '#affected+ind', value: (r) => r.referral.memberIds.length + 1 },
];

/** The fields shown are those at least one row may carry: never one no agreement lists. */
function columnsFor(rows: readonly Row[]): readonly ExportColumn<Row>[] {
  const present = new Set(rows.flatMap((r) => (r.person ? Object.keys(r.person) : [])));
  const fields = SHAREABLE_FIELDS.filter((f) => present.has(f));
  return [
    ...REFERRAL_COLUMNS,
    ...fields.map((field) => ({
      labels: FIELD_LABELS[field],
      hxl: FIELD_HXL[field],
      value: (r: Row) => cellOf(r.person?.[field]),
    })),
  ];
}

async function rowsOf(ctx: UseCaseContext, box: 'inbox' | 'outbox'): Promise<Row[]> {
  const actor = requireActor(ctx);
  const list = await referrals.referralList(ctx, box);
  const rows: Row[] = [];
  for (const referral of list) {
    let person: Row['person'] = null;
    // Only the receiver sees people, and only as its agreement for the service allows.
    if (isOrganisationUser(actor) && referral.toOrganisation === actor.organisation) {
      const answer = await fieldsFor(ctx, actor, referral.personId, referral.service);
      if (answer.allowed) person = (await sharedPersonView(ctx, referral.personId, referral.service)).record;
    }
    rows.push({ referral, person });
  }
  return rows;
}

export function referralsExport(box: 'inbox' | 'outbox'): ExportSpec<Row> {
  return {
    subject: `referrals.${box}`,
    columns: columnsFor,
    filters: { box },
    read: wholeList((ctx) => rowsOf(ctx, box)),
  };
}
