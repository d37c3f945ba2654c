// Who may do what. Deny by default: a permission not listed for a role is refused, and every
// HTTP route must name the permission it needs (checked at start-up and by a test).

export const ROLES = [
  'administrator',
  'registration_officer',
  'protection_caseworker',
  'decision_maker',
  'centre_staff',
  'health_staff',
  'removal_officer',
  'unhcr_officer',
  'partner_officer',
  'lawyer',
  'content_editor',
  'statistics_viewer',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'self',
  'reference:read',
  'persons:search',
  'persons:read',
  'persons:register',
  'persons:update',
  'households:manage',
  'needs:record',
  'documents:issue',
  'documents:manage',
  'audit:read',
  'users:manage',
  'statistics:read',
  'cases:read',
  'cases:lodge',
  'cases:act',
  'worklists:read',
  'calendar:manage',
  'centres:read',
  'centres:manage',
  'placements:manage',
  'accommodation:request',
  'services:record',
  'visits:manage',
  'visits:report',
  'children:refer',
  'removals:read',
  'removals:manage',
  'detention:manage',
  'organisations:manage',
  'consent:record',
  'poa:record',
  'referrals:send',
  'referrals:read',
  'referrals:respond',
  'shared:read',
  'resettlement:read',
  'resettlement:refer',
  'resettlement:process',
  'resettlement:depart',
  'resettlement:withdraw',
  'portal:edit',
  'portal:publish',
  'contact_changes:review',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const BASE: readonly Permission[] = ['self', 'reference:read'];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  administrator: PERMISSIONS,
  registration_officer: [
    ...BASE,
    'persons:search',
    'persons:read',
    'persons:register',
    'persons:update',
    'households:manage',
    'needs:record',
    'documents:issue',
    'documents:manage',
    'cases:read',
    'cases:lodge',
    'cases:act',
    'worklists:read',
    'accommodation:request',
    'centres:read',
    'consent:record',
    'contact_changes:review',
    'poa:record',
    'referrals:send',
    'referrals:read',
    'resettlement:read',
  ],
  // Which procedural actions each role may take is the state machine's table
  // (domain/procedure/machine.ts); these permissions only open the door to the routes.
  protection_caseworker: [
    ...BASE,
    'persons:search',
    'persons:read',
    'needs:record',
    'cases:read',
    'cases:act',
    'worklists:read',
    'accommodation:request',
    'centres:read',
    'consent:record',
    'contact_changes:review',
    'poa:record',
    'referrals:send',
    'referrals:read',
    'resettlement:read',
    'resettlement:refer',
    'resettlement:withdraw',
  ],
  // Decision-makers also give the exit permission and record a resettled family's departure,
  // which ends temporary protection or opens the cessation of a status.
  decision_maker: [
    ...BASE,
    'persons:search',
    'persons:read',
    'cases:read',
    'cases:act',
    'worklists:read',
    'resettlement:read',
    'resettlement:refer',
    'resettlement:depart',
    'resettlement:withdraw',
  ],
  // Centre staff see the residents of their own centre only (the centre scope, below).
  centre_staff: [
    ...BASE,
    'centres:read',
    'placements:manage',
    'services:record',
    'visits:manage',
    'children:refer',
  ],
  // Health staff of a centre: the only role (besides administrators) that reads health notes.
  health_staff: [...BASE, 'centres:read', 'services:record'],
  // Removal officers of a provincial directorate: removal decisions, detention and its reviews.
  removal_officer: [
    ...BASE,
    'persons:search',
    'persons:read',
    'cases:read',
    'centres:read',
    'removals:read',
    'removals:manage',
    'detention:manage',
    'visits:report',
  ],
  // UNHCR, partners and lawyers see persons only through the data-sharing boundary
  // (domain/sharing/boundary.ts): what was referred or shared with their organisation, with
  // consent, and only the fields its agreement lists. UNHCR also sees the refusals of its own
  // officials' visits to removal centres.
  unhcr_officer: [
    ...BASE,
    'visits:report',
    'consent:record',
    'referrals:send',
    'referrals:read',
    'referrals:respond',
    'shared:read',
    'resettlement:read',
    'resettlement:process',
    'resettlement:withdraw',
  ],
  partner_officer: [
    ...BASE,
    'consent:record',
    'referrals:send',
    'referrals:read',
    'referrals:respond',
    'shared:read',
  ],
  lawyer: [...BASE, 'shared:read'],
  // Content editors draft, review and publish the public portal's pages; a protection-critical
  // or sensitive page is published by a second editor, never by its author.
  content_editor: [...BASE, 'portal:edit', 'portal:publish'],
  statistics_viewer: [...BASE, 'statistics:read'],
};

export type ScopeKind = 'national' | 'province' | 'centre' | 'organisation';

export const ROLE_SCOPE: Readonly<Record<Role, ScopeKind>> = {
  administrator: 'national',
  registration_officer: 'province',
  protection_caseworker: 'province',
  decision_maker: 'province',
  centre_staff: 'centre',
  health_staff: 'centre',
  removal_officer: 'province',
  unhcr_officer: 'organisation',
  partner_officer: 'organisation',
  lawyer: 'organisation',
  content_editor: 'national',
  statistics_viewer: 'national',
};

/**
 * Roles that must sign in with a second factor unless the configuration says otherwise
 * (KORUMA_TOTP_REQUIRED_ROLES): the accounts that can change everyone's access, and those
 * that decide on protection.
 */
export const SECOND_FACTOR_ROLES: readonly Role[] = ['administrator', 'decision_maker'];

export interface Actor {
  userId: string;
  username: string;
  role: Role;
  provinceCode: string | null;
  centreId: string | null;
  organisation: string | null;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** What a role's scope needs to be set; null when the account is complete. */
export function scopeProblem(
  role: Role,
  scope: Pick<Actor, 'provinceCode' | 'centreId' | 'organisation'>,
): string | null {
  switch (ROLE_SCOPE[role]) {
    case 'national':
      return null;
    case 'province':
      return scope.provinceCode ? null : 'provinceCode';
    case 'centre':
      return scope.centreId ? null : 'centreId';
    case 'organisation':
      return scope.organisation ? null : 'organisation';
  }
}

/**
 * Whether an actor's scope reaches a protection case: as for a person, the directorate handling
 * it and the one where it was lodged may read it; only the one handling it may act on it.
 */
export function scopeReachesCase(
  actor: Actor,
  c: { provinceCode: string; lodgedProvinceCode: string },
  toAct = false,
): boolean {
  if (toAct && ROLE_SCOPE[actor.role] === 'province') return actor.provinceCode === c.provinceCode;
  return scopeReachesPerson(actor, {
    provinceCode: c.provinceCode,
    registrationProvinceCode: c.lodgedProvinceCode,
  });
}

/**
 * Whether an actor's scope reaches a centre: its own staff, the directorate of its province,
 * and national roles.
 */
export function scopeReachesCentre(actor: Actor, centre: { id: string; provinceCode: string }): boolean {
  switch (ROLE_SCOPE[actor.role]) {
    case 'national':
      return true;
    case 'province':
      return actor.provinceCode === centre.provinceCode;
    case 'centre':
      return actor.centreId === centre.id;
    case 'organisation':
      return false;
  }
}

/** Health notes are read and written by health staff only (and administrators, who see all). */
export function mayReadHealthNotes(role: Role): boolean {
  return role === 'health_staff' || role === 'administrator';
}

/**
 * Whether an actor's scope reaches a person's record (the permission is checked separately).
 * Provincial staff reach the people living in their province and those their directorate
 * registered (who may have been referred on to a satellite city).
 */
export function scopeReachesPerson(
  actor: Actor,
  person: { provinceCode: string; registrationProvinceCode: string },
): boolean {
  switch (ROLE_SCOPE[actor.role]) {
    case 'national':
      return true;
    case 'province':
      return (
        actor.provinceCode === person.provinceCode || actor.provinceCode === person.registrationProvinceCode
      );
    case 'centre':
    case 'organisation':
      return false;
  }
}
