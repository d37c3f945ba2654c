// The staff app's copy of who may do what must say what the server's access table says.
import { describe, expect, test } from 'vitest';
import { ROLE_PERMISSIONS, ROLES } from '../../../src/domain/access.ts';
import { ROLES_WITH, type ShownPermission } from './permissions.ts';

describe('permissions shown in the staff app', () => {
  for (const permission of Object.keys(ROLES_WITH) as ShownPermission[]) {
    test(`${permission} is granted to the roles the server grants it to`, () => {
      const server = ROLES.filter((role) => ROLE_PERMISSIONS[role].includes(permission));
      expect([...ROLES_WITH[permission]].sort()).toEqual([...server].sort());
    });
  }
});
