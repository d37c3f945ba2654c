// What the signed-in user's role may do, for deciding what to show. The server decides what is
// allowed (deny by default); this mirror of its table only hides what would be refused, and a
// test keeps it equal to the server's (permissions.test.ts).
import type { Permission, Role } from '../../../src/domain/access.ts';
import type { User } from '../api/types.ts';

export type ShownPermission = Extract<
  Permission,
  'cases:read' | 'cases:lodge' | 'cases:act' | 'worklists:read' | 'users:manage'
>;

const PROVINCE_CASE_ROLES: readonly Role[] = [
  'administrator',
  'registration_officer',
  'protection_caseworker',
  'decision_maker',
];

export const ROLES_WITH: Readonly<Record<ShownPermission, readonly Role[]>> = {
  'cases:read': PROVINCE_CASE_ROLES,
  'cases:act': PROVINCE_CASE_ROLES,
  'worklists:read': PROVINCE_CASE_ROLES,
  'cases:lodge': ['administrator', 'registration_officer'],
  'users:manage': ['administrator'],
};

export function can(user: User | null | undefined, permission: ShownPermission): boolean {
  return user ? (ROLES_WITH[permission] as readonly string[]).includes(user.role) : false;
}
