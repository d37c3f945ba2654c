// What other modules may read of organisations and their agreements (resettlement's states).
import type { UseCaseContext } from '../../core/use-case.ts';
import * as repo from './sharing.repository.ts';

/** An organisation by its code, or undefined. */
export function organisation(ctx: UseCaseContext, code: string) {
  return repo.findOrganisation(ctx.trx, code);
}

/** The organisation that stands for a resettlement state (its country code), or undefined. */
export function resettlementStateOf(ctx: UseCaseContext, country: string) {
  return repo.findResettlementState(ctx.trx, country);
}

/** The organisation's agreement for a purpose in force on a day, or undefined. */
export function agreementInForce(ctx: UseCaseContext, organisationCode: string, purpose: string, on: string) {
  return repo.agreementInForce(ctx.trx, organisationCode, purpose, on);
}
