// Shapes of the Koruma API as the staff app uses them. The response and request types are
// inferred from the server's own zod schemas (type-only imports: nothing of the server is
// bundled), so the two cannot drift apart.
import type { z } from 'zod';
import type { auditEventView } from '../../../src/modules/audit/audit.schema.ts';
import type { HealthCover, WorkPermit } from '../../../src/domain/procedure/rights.ts';
import type { Worklist } from '../../../src/domain/procedure/worklists.ts';
import type {
  actionInput,
  caseListItem,
  caseView,
  lodgeInput,
} from '../../../src/modules/cases/cases.schema.ts';
import type {
  documentView,
  householdMemberView,
  matchReason,
  matchResponse,
  personInput,
  personSummary,
  personView,
} from '../../../src/modules/persons/persons.schema.ts';

export type Sex = PersonSummary['sex'];
export type DatePrecision = PersonSummary['dateOfBirthPrecision'];
export type EntryType = PersonView['entryType'];
export type DocumentStatus = DocumentView['status'];
/** Why the server thinks a record may be the same person (each is translated as `reason.<code>`). */
export type MatchReason = z.infer<typeof matchReason>;

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: string;
  provinceCode: string | null;
  /** The centre of centre and health staff; null for everyone else. */
  centreId: string | null;
  /** The organisation (by code) of UNHCR, partner and lawyer accounts; null for everyone else. */
  organisation?: string | null;
  preferredLanguage: string;
  /** Whether the account has a second factor set up (its secret is never sent). */
  secondFactor?: boolean;
  active?: boolean;
}

/** Signed in, or the password was right and a second step follows with the challenge. */
export type LoginResult =
  | { step: 'done'; token: string; expiresAt: string; user: User }
  | { step: 'code' | 'enrol'; challenge: string; expiresAt: string };

export interface SignedIn {
  step: 'done';
  user: User;
}

export interface Enrolment {
  secret: string;
  uri: string;
  /** The otpauth:// URI as an SVG QR code, drawn by the server. */
  qrSvg: string;
}

export interface Throttles {
  pairs: {
    username: string;
    ip: string;
    kind: 'password' | 'second_factor';
    failures: number;
    lastFailureAt: string;
    retryAt: string | null;
  }[];
  addresses: { ip: string; failures: number }[];
  limits: {
    freeFailures: number;
    firstDelaySeconds: number;
    maxDelaySeconds: number;
    addressFailuresPerWindow: number;
    windowMinutes: number;
  };
}

export type PersonSummary = z.infer<typeof personSummary>;
export type DocumentView = z.infer<typeof documentView>;
export type HouseholdMember = z.infer<typeof householdMemberView>;
export type PersonView = z.infer<typeof personView>;
export type MatchCandidate = z.infer<typeof matchResponse>['candidates'][number];
/** What POST /persons and the `person` of a household member accept. */
export type PersonInput = z.input<typeof personInput>;

export interface HouseholdResult {
  id: string;
  principalPersonId: string;
  members: HouseholdMember[];
}

export type AuditEvent = z.infer<typeof auditEventView>;

export interface Labels {
  tr: string;
  en: string;
  ar: string;
  fa: string;
}

export interface Coded {
  code: string;
  labels: Labels;
}

export interface Reference {
  specificNeeds: (Coded & { group: string; family: 'statutory' | 'unhcr'; unverified: boolean })[];
  specificNeedGroups: Coded[];
  relationships: Coded[];
  documentTypes: Coded[];
  provinces: { code: string; name: string }[];
  nationalities: Coded[];
  languages: Coded[];
}

export interface Card {
  person: PersonSummary;
  document: DocumentView;
  qrPayload: string;
  qrSvg: string;
}

export type CaseView = z.infer<typeof caseView>;
export type CaseListItem = z.infer<typeof caseListItem>;
export type CaseClock = CaseView['clocks'][number];
export type CaseEvent = CaseView['events'][number];
export type CaseMember = CaseView['members'][number];
export type CaseInterview = CaseView['interviews'][number];
export type CaseLetter = CaseView['letters'][number];
export type CaseState = CaseView['state'];
/** What POST /cases accepts. */
export type LodgeInput = z.input<typeof lodgeInput>;
/** What POST /cases/:id/actions accepts; `command` is one of the procedure's commands. */
export type ActionInput = z.input<typeof actionInput>;
export type Command = ActionInput['command'];
export type CaseAction = Command['action'];
export type { HealthCover, WorkPermit, Worklist };

export interface WorklistSummary {
  provinceCode: string;
  today: string;
  countCap: number;
  lists: { list: Worklist; count: number }[];
}

export interface WorklistItem {
  caseId: string;
  reference: string;
  state: string;
  procedure: string;
  vulnerable: boolean;
  dueOn: string | null;
  daysLeft: number | null;
  /** A time-limit code (T3…), or the document type on the documents-expiring list. */
  code: string | null;
  flags: string[];
  principal: {
    personId: string;
    givenName: string;
    familyName: string;
    foreignerIdNumber: string;
    fictional: boolean;
  };
}

export interface WorklistPage {
  list: Worklist;
  provinceCode: string;
  today: string;
  items: WorklistItem[];
}
