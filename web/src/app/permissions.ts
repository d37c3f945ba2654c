// What the signed-in user's role may do, for deciding what to show. The server decides what is
// allowed (deny by default); this mirror of its table only hides what would be refused, and a
// test keeps it equal to the server's (permissions.test.ts).
import type { Permission, Role } from '../../../src/domain/access.ts';
import type { User } from '../api/types.ts';

export type ShownPermission = Extract<
  Permission,
  | 'persons:search'
  | 'persons:register'
  | 'cases:read'
  | 'cases:lodge'
  | 'cases:act'
  | 'worklists:read'
  | 'users:manage'
  | 'centres:read'
  | 'placements:manage'
  | 'services:record'
  | 'visits:manage'
  | 'children:refer'
  | 'removals:read'
  | 'removals:manage'
  | 'detention:manage'
  | 'persons:read'
  | 'consent:record'
  | 'poa:record'
  | 'referrals:send'
  | 'referrals:read'
  | 'referrals:respond'
  | 'shared:read'
  | 'resettlement:read'
  | 'resettlement:refer'
  | 'resettlement:process'
  | 'resettlement:depart'
  | 'resettlement:withdraw'
  | 'persons:update'
  | 'contact_changes:review'
  | 'portal:edit'
  | 'portal:publish'
>;

const PROVINCE_CASE_ROLES: readonly Role[] = [
  'administrator',
  'registration_officer',
  'protection_caseworker',
  'decision_maker',
];

export const ROLES_WITH: Readonly<Record<ShownPermission, readonly Role[]>> = {
  'persons:search': [...PROVINCE_CASE_ROLES, 'removal_officer'],
  'persons:register': ['administrator', 'registration_officer'],
  'cases:read': [...PROVINCE_CASE_ROLES, 'removal_officer'],
  'cases:act': PROVINCE_CASE_ROLES,
  'worklists:read': PROVINCE_CASE_ROLES,
  'cases:lodge': ['administrator', 'registration_officer'],
  'users:manage': ['administrator'],
  'centres:read': [
    'administrator',
    'registration_officer',
    'protection_caseworker',
    'centre_staff',
    'health_staff',
    'removal_officer',
  ],
  'placements:manage': ['administrator', 'centre_staff'],
  'services:record': ['administrator', 'centre_staff', 'health_staff'],
  'visits:manage': ['administrator', 'centre_staff'],
  'children:refer': ['administrator', 'centre_staff'],
  'removals:read': ['administrator', 'removal_officer'],
  'removals:manage': ['administrator', 'removal_officer'],
  'detention:manage': ['administrator', 'removal_officer'],
  'persons:read': [...PROVINCE_CASE_ROLES, 'removal_officer'],
  'consent:record': [
    'administrator',
    'registration_officer',
    'protection_caseworker',
    'unhcr_officer',
    'partner_officer',
  ],
  'poa:record': ['administrator', 'registration_officer', 'protection_caseworker'],
  'referrals:send': [
    'administrator',
    'registration_officer',
    'protection_caseworker',
    'unhcr_officer',
    'partner_officer',
  ],
  'referrals:read': [
    'administrator',
    'registration_officer',
    'protection_caseworker',
    'unhcr_officer',
    'partner_officer',
  ],
  'referrals:respond': ['administrator', 'unhcr_officer', 'partner_officer'],
  'shared:read': ['administrator', 'unhcr_officer', 'partner_officer', 'lawyer'],
  'resettlement:read': [...PROVINCE_CASE_ROLES, 'unhcr_officer'],
  'resettlement:refer': ['administrator', 'protection_caseworker', 'decision_maker'],
  'resettlement:process': ['administrator', 'unhcr_officer'],
  'resettlement:depart': ['administrator', 'decision_maker'],
  'resettlement:withdraw': ['administrator', 'protection_caseworker', 'decision_maker', 'unhcr_officer'],
  'persons:update': ['administrator', 'registration_officer'],
  'contact_changes:review': ['administrator', 'registration_officer', 'protection_caseworker'],
  'portal:edit': ['administrator', 'content_editor'],
  'portal:publish': ['administrator', 'content_editor'],
};

/** Roles scoped to an organisation (UNHCR, partners, lawyers): the server's ROLE_SCOPE 'organisation'. */
export const ORGANISATION_ROLES: readonly Role[] = ['unhcr_officer', 'partner_officer', 'lawyer'];

/** The organisation code of a UNHCR, partner or lawyer account; null for the authority's staff. */
export function organisationOf(user: User | null | undefined): string | null {
  return user && (ORGANISATION_ROLES as readonly string[]).includes(user.role)
    ? (user.organisation ?? '')
    : null;
}

/** Who takes a resettlement step for the user: UNHCR, the authority, or nobody (partners, lawyers). */
export function resettlementSide(user: User | null | undefined): 'unhcr' | 'authority' | null {
  if (!user) return null;
  if (user.role === 'unhcr_officer') return 'unhcr';
  return organisationOf(user) === null ? 'authority' : null;
}

export function can(user: User | null | undefined, permission: ShownPermission): boolean {
  return user ? (ROLES_WITH[permission] as readonly string[]).includes(user.role) : false;
}

/** Roles that read and write health notes (and so record health care): the server's mayReadHealthNotes. */
export const HEALTH_NOTE_ROLES: readonly Role[] = ['health_staff', 'administrator'];

export function seesHealthNotes(user: User | null | undefined): boolean {
  return user ? (HEALTH_NOTE_ROLES as readonly string[]).includes(user.role) : false;
}

/** Staff of one centre (centre or health staff) work from their centre's board. */
export function centreOf(user: User | null | undefined): string | null {
  return user && (user.role === 'centre_staff' || user.role === 'health_staff') ? user.centreId : null;
}
