import type { HouseholdOfPerson } from '../persons/persons.hooks.ts';
import type { Relationship } from '../../domain/reference/relationships.ts';
import { AccessDenied, AuditedFailure, type UseCaseContext } from '../../core/use-case.ts';
import { AppError, conflict, notFound } from '../../core/errors.ts';
import type { PersonRow } from '../../db/schema.ts';
import { loadPersonInScope, registerPerson, scopedLister } from '../persons/persons.service.ts';
import type { PersonInput } from '../persons/persons.schema.ts';
import * as repo from './households.repository.ts';

export type MemberRef = { person: PersonInput } | { personId: string };

export interface HouseholdInput {
  principal: MemberRef;
  members: ReadonlyArray<MemberRef & { relationship: Exclude<Relationship, 'principal'> }>;
}

async function resolve(ctx: UseCaseContext, ref: MemberRef): Promise<PersonRow> {
  return 'person' in ref
    ? registerPerson(ctx, ref.person)
    : loadPersonInScope(ctx, ref.personId, 'household.add_member');
}

async function join(
  ctx: UseCaseContext,
  householdId: string,
  person: PersonRow,
  relationship: string,
): Promise<void> {
  const current = await repo.currentMembership(ctx.trx, person.id);
  if (current?.householdId === householdId) throw conflict('This person is already in the household');
  if (current && current.principalPersonId === person.id) {
    throw conflict('This person heads another household; move its members or close it first');
  }
  const left = await repo.leaveCurrentHousehold(ctx.trx, person.id, `moved to household ${householdId}`);
  await repo.insertMembership(ctx.trx, householdId, person.id, relationship);
  ctx.audit({
    action: 'household.join',
    entityType: 'household',
    entityId: householdId,
    personId: person.id,
    details: { relationship, ...(left ? { leftHousehold: left } : {}) },
  });
}

/**
 * Registers a family in one transaction: new people are registered (each with its duplicate
 * check), existing ones move over; if any part fails, nobody is registered.
 */
export async function registerHousehold(ctx: UseCaseContext, input: HouseholdInput) {
  const principal = await resolve(ctx, input.principal);
  const household = await repo.insertHousehold(ctx.trx, principal.id, ctx.actor?.userId ?? null);
  ctx.audit({
    action: 'household.create',
    entityType: 'household',
    entityId: household.id,
    personId: principal.id,
  });
  await join(ctx, household.id, principal, 'principal');
  const seen = new Set([principal.id]);
  for (const [index, member] of input.members.entries()) {
    const person = await resolve(ctx, member).catch((error: unknown) => {
      // Say which member failed: a family of six with one bad date should point at that one.
      if (error instanceof AccessDenied) throw error;
      const entries = error instanceof AuditedFailure ? error.entries : [];
      if (error instanceof AppError && error.fields) {
        throw new AuditedFailure(
          entries,
          error.code,
          error.detail,
          error.fields.map((f) => ({ ...f, field: `members.${index}.person.${f.field}` })),
          error.extensions,
        );
      }
      if (error instanceof AppError)
        throw new AuditedFailure(
          entries,
          error.code,
          `members.${index}: ${error.detail ?? error.message}`,
          undefined,
          error.extensions,
        );
      throw error;
    });
    if (seen.has(person.id))
      throw conflict('The same person appears twice in the household', [
        { field: `members.${index}`, message: 'duplicate member' },
      ]);
    seen.add(person.id);
    await join(ctx, household.id, person, member.relationship);
  }
  return household.id;
}

export async function addMember(
  ctx: UseCaseContext,
  householdId: string,
  personId: string,
  relationship: Exclude<Relationship, 'principal'>,
) {
  const household = await repo.findHousehold(ctx.trx, householdId);
  if (!household) throw notFound('Household');
  await loadPersonInScope(ctx, household.principal_person_id, 'household.add_member', 'Household');
  const person = await loadPersonInScope(ctx, personId, 'household.add_member');
  await join(ctx, householdId, person, relationship);
}

export async function removeMember(
  ctx: UseCaseContext,
  householdId: string,
  personId: string,
  reason: string,
) {
  const household = await repo.findHousehold(ctx.trx, householdId);
  if (!household) throw notFound('Household');
  await loadPersonInScope(ctx, personId, 'household.remove_member');
  if (household.principal_person_id === personId)
    throw conflict('The principal applicant cannot leave; make another member principal first');
  const current = await repo.currentMembership(ctx.trx, personId);
  if (current?.householdId !== householdId) throw notFound('Membership');
  await repo.leaveCurrentHousehold(ctx.trx, personId, reason);
  ctx.audit({
    action: 'household.leave',
    entityType: 'household',
    entityId: householdId,
    personId,
    details: { reason },
  });
}

export async function readHousehold(ctx: UseCaseContext, householdId: string) {
  const household = await repo.findHousehold(ctx.trx, householdId);
  if (!household) throw notFound('Household');
  await loadPersonInScope(ctx, household.principal_person_id, 'household.read', 'Household');
  const all = await repo.currentMembers(ctx.trx, householdId);
  ctx.audit({
    action: 'household.read',
    entityType: 'household',
    entityId: householdId,
    personId: household.principal_person_id,
  });
  const members = all.filter(scopedLister(ctx, 'household'));
  return {
    id: household.id,
    principalPersonId: household.principal_person_id,
    createdAt: household.created_at.toISOString(),
    hiddenMembers: all.length - members.length,
    members: members.map(({ provinceCode: _p, registrationProvinceCode: _r, ...m }) => ({
      ...m,
      sex: m.sex,
      dateOfBirthPrecision: m.dateOfBirthPrecision,
    })),
  };
}

/** The person's current household and its members (the persons module's person.household hook). */
export async function householdOfPerson(
  ctx: UseCaseContext,
  { personId }: { personId: string },
): Promise<HouseholdOfPerson | null> {
  const membership = await repo.currentMembership(ctx.trx, personId);
  if (!membership) return null;
  return { ...membership, members: await repo.currentMembers(ctx.trx, membership.householdId) };
}

/** The current members of a household, in the order they joined (scope checked by the caller). */
export function membersOfHousehold(ctx: UseCaseContext, householdId: string) {
  return repo.currentMembers(ctx.trx, householdId);
}
