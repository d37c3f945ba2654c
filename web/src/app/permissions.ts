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
};

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
