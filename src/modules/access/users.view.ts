// A staff account as the API shows it: never its password hash or second-factor secret.
import { z } from 'zod';
import type { AppUserRow } from '../../db/schema.ts';
import { ROLES } from '../../domain/access.ts';

export const userView = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  provinceCode: z.string().nullable(),
  centreId: z.string().nullable(),
  organisation: z.string().nullable(),
  preferredLanguage: z.string(),
  active: z.boolean(),
  /** Whether the account has a second factor (the secret itself is never returned). */
  secondFactor: z.boolean(),
});
export type UserView = z.infer<typeof userView>;

export function presentUser(u: AppUserRow): UserView {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: u.role,
    provinceCode: u.province_code,
    centreId: u.centre_id,
    organisation: u.organisation,
    preferredLanguage: u.preferred_language,
    active: u.active,
    secondFactor: u.totp_enrolled_at !== null,
  };
}
