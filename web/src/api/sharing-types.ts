// Shapes of the resettlement and data-sharing API as the staff app uses them. The case page, the
// pipeline, the figures, referrals, consents and shared records are built by server functions,
// so their types are those functions' results (type-only imports: nothing of the server is bundled).
import type {
  atRisk,
  figures,
  pipeline,
  resettlementView,
} from '../../../src/modules/resettlement/resettlement.view.ts';
import type { sharedPersonView } from '../../../src/modules/sharing/boundary.service.ts';
import type { referralView, summary } from '../../../src/modules/sharing/referrals.service.ts';
import type { consentsOfPerson, myClients } from '../../../src/modules/sharing/sharing.service.ts';
import type { OrganisationKind, ShareableField } from '../../../src/domain/sharing/boundary.ts';

type Result<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

export type ResettlementCase = Result<typeof resettlementView>;
export type ResettlementMember = ResettlementCase['members'][number];
export type ResettlementEvent = ResettlementCase['events'][number];
export type PipelineItem = Result<typeof pipeline>[number];
export type AtRiskItem = Result<typeof atRisk>[number];
export type Figures = Result<typeof figures>;
export type FigureRow = Figures['byState'][string];

export type ReferralSummary = ReturnType<typeof summary>;
export type ReferralView = Result<typeof referralView>;
export type ReferralPerson = ReferralView['persons'][number];

export type Consent = Result<typeof consentsOfPerson>[number];
export type Client = Result<typeof myClients>[number];
export type SharedPerson = Result<typeof sharedPersonView>;

/** A person's record as it crossed the boundary: only the fields an agreement lists. */
export type SharedRecord = Partial<Record<ShareableField, unknown>>;

/** GET /organisations: names and kinds only. */
export interface Organisation {
  code: string;
  name: string;
  kind: OrganisationKind;
  country: string | null;
}
