// The staff app's copy of who may do what must say what the server's access table says.
import { describe, expect, test } from 'vitest';
import { mayReadHealthNotes, ROLE_PERMISSIONS, ROLE_SCOPE, ROLES } from '../../../src/domain/access.ts';
import { HEALTH_NOTE_ROLES, ORGANISATION_ROLES, ROLES_WITH, type ShownPermission } from './permissions.ts';

describe('permissions shown in the staff app', () => {
  for (const permission of Object.keys(ROLES_WITH) as ShownPermission[]) {
    test(`${permission} is granted to the roles the server grants it to`, () => {
      const server = ROLES.filter((role) => ROLE_PERMISSIONS[role].includes(permission));
      expect([...ROLES_WITH[permission]].sort()).toEqual([...server].sort());
    });
  }

  test('health notes are shown to the roles the server shows them to', () => {
    expect([...HEALTH_NOTE_ROLES].sort()).toEqual(ROLES.filter(mayReadHealthNotes).sort());
  });

  test('the roles scoped to one centre are the ones the app sends to their centre', () => {
    expect(ROLES.filter((r) => ROLE_SCOPE[r] === 'centre').sort()).toEqual(['centre_staff', 'health_staff']);
  });

  test('the roles scoped to an organisation are the ones the app treats as outside the authority', () => {
    expect(ROLES.filter((r) => ROLE_SCOPE[r] === 'organisation').sort()).toEqual(
      [...ORGANISATION_ROLES].sort(),
    );
  });
});
