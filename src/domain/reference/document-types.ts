import type { Labels } from './labels.ts';

/**
 * Identity documents issued by PMM (domain.md §4.2, §4.3, §10) [GOC-docs] [AIDA-TP-ID].
 * `prefix` is a Koruma convention for document numbers, not an official numbering scheme.
 */
export const DOCUMENT_TYPES = [
  'registration_document',
  'ip_applicant_id',
  'temporary_protection_id',
  'status_holder_id',
] as const;

export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export interface DocumentTypeInfo {
  type: DocumentType;
  prefix: string;
  labels: Labels;
}

export const DOCUMENT_TYPE_INFO: Readonly<Record<DocumentType, DocumentTypeInfo>> = {
  registration_document: {
    type: 'registration_document',
    prefix: 'KB',
    labels: {
      tr: 'Kayıt Belgesi',
      en: 'Registration Document',
      ar: 'وثيقة التسجيل',
      fa: 'سند ثبت‌نام',
    },
  },
  ip_applicant_id: {
    type: 'ip_applicant_id',
    prefix: 'UKB',
    labels: {
      tr: 'Uluslararası Koruma Başvuru Sahibi Kimlik Belgesi',
      en: 'International Protection Applicant Identification Document',
      ar: 'وثيقة هوية طالب الحماية الدولية',
      fa: 'مدرک شناسایی متقاضی حمایت بین‌المللی',
    },
  },
  temporary_protection_id: {
    type: 'temporary_protection_id',
    prefix: 'GKK',
    labels: {
      tr: 'Geçici Koruma Kimlik Belgesi',
      en: 'Temporary Protection Identification Document',
      ar: 'وثيقة هوية الحماية المؤقتة',
      fa: 'مدرک شناسایی حمایت موقت',
    },
  },
  status_holder_id: {
    type: 'status_holder_id',
    prefix: 'UKS',
    labels: {
      tr: 'Uluslararası Koruma Statü Sahibi Kimlik Belgesi',
      en: 'International Protection Status Holder Identification Document',
      ar: 'وثيقة هوية حامل صفة الحماية الدولية',
      fa: 'مدرک شناسایی دارنده وضعیت حمایت بین‌المللی',
    },
  },
};

const SET: ReadonlySet<string> = new Set(DOCUMENT_TYPES);

export function isDocumentType(value: string): value is DocumentType {
  return SET.has(value);
}
