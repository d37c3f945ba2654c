// Response schemas of the sharing module, which are also its OpenAPI description.
import { z } from 'zod';
import {
  ORGANISATION_KINDS,
  REFERRAL_SERVICES,
  SHAREABLE_FIELDS,
  SHARING_PURPOSES,
} from '../../domain/sharing/boundary.ts';
import { timestamp } from '../../http/route-kit.ts';

/** The fields an organisation may see, keyed by shareable field; only those of the agreement. */
const sharedRecord = z.partialRecord(z.enum(SHAREABLE_FIELDS), z.unknown());

export const organisationItem = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  country: z.string().nullable(),
});

export const agreementRow = z.object({
  id: z.uuid(),
  created_at: timestamp,
  purpose: z.string(),
  reference: z.string(),
  created_by: z.string().nullable(),
  organisation_code: z.string(),
  fields: z.array(z.string()),
  valid_from: z.string(),
  valid_to: z.string().nullable(),
});

export const consentItem = z.object({
  id: z.uuid(),
  organisationCode: z.string(),
  purpose: z.string(),
  givenOn: z.string(),
  document: z.string(),
  withdrawnOn: z.string().nullable(),
});

export const powerOfAttorneyItem = z.object({
  id: z.uuid(),
  lawyerUsername: z.string(),
  lawyerName: z.string(),
  documentReference: z.string(),
  notary: z.string().nullable(),
  issuedOn: z.string(),
  validUntil: z.string().nullable(),
  revokedOn: z.string().nullable(),
  inForce: z.boolean(),
});

export const clientItem = z.object({
  personId: z.uuid(),
  name: z.string(),
  fictional: z.boolean(),
  documentReference: z.string(),
  validUntil: z.string().nullable(),
});

export const sharedPersonView = z.object({
  personId: z.uuid(),
  purpose: z.enum(SHARING_PURPOSES),
  fields: z.array(z.enum(SHAREABLE_FIELDS)),
  record: sharedRecord,
});

export const referralSummary = z.object({
  id: z.uuid(),
  reference: z.string(),
  personId: z.uuid(),
  memberIds: z.array(z.uuid()),
  fromOrganisation: z.string().nullable(),
  toOrganisation: z.string(),
  service: z.enum(REFERRAL_SERVICES),
  status: z.string(),
  sentOn: z.string(),
  note: z.string().nullable(),
  decidedOn: z.string().nullable(),
  declineReason: z.string().nullable(),
  outcome: z.string().nullable(),
  closedOn: z.string().nullable(),
  version: z.number().int(),
});

export const referralPage = referralSummary.extend({
  persons: z.array(z.object({ personId: z.uuid(), visible: z.boolean(), record: sharedRecord.nullable() })),
});
