// Drives the registration wizard's person form by its field ids (`principal-…`, `member-…`).
import type { Page } from 'playwright-core';

export interface PersonFields {
  givenName: string;
  familyName: string;
  givenNameOriginal?: string;
  familyNameOriginal?: string;
  fatherName?: string;
  sex: 'female' | 'male' | 'other';
  dateOfBirth: string;
  nationality: string;
  provinceCode?: string;
  entryType?: 'regular' | 'irregular';
  needs?: string[];
}

export async function fillPerson(page: Page, prefix: 'principal' | 'member', p: PersonFields): Promise<void> {
  const field = (name: string) => page.locator(`#${prefix}-${name}`);
  await field('givenName').fill(p.givenName);
  await field('familyName').fill(p.familyName);
  if (p.givenNameOriginal) await field('givenNameOriginal').fill(p.givenNameOriginal);
  if (p.familyNameOriginal) await field('familyNameOriginal').fill(p.familyNameOriginal);
  if (p.fatherName) await field('fatherName').fill(p.fatherName);
  await page.locator(`input[name="${prefix}-sex"][value="${p.sex}"]`).check();
  await field('dateOfBirth').fill(p.dateOfBirth);
  await field('nationality').selectOption(p.nationality);
  if (p.provinceCode) await field('provinceCode').selectOption(p.provinceCode);
  if (p.entryType) await page.locator(`input[name="${prefix}-entryType"][value="${p.entryType}"]`).check();
  for (const need of p.needs ?? [])
    await page.locator(`input[type=checkbox][value="${need}"]`).first().check();
}

/** Clicks "Check for existing records" in the given part of the wizard and waits for the outcome. */
export async function checkForExisting(page: Page, prefix: 'principal' | 'member'): Promise<void> {
  const panel = page.locator(`section[aria-labelledby="${prefix}-match-heading"]`);
  await panel.locator('button.button-primary').click();
  await panel.locator(`h3[tabindex="-1"]`).waitFor();
}

/** Marks every candidate as a different person and writes the reason. */
export async function overrideAll(
  page: Page,
  prefix: 'principal' | 'member',
  reason: string,
): Promise<number> {
  const boxes = page.locator(`input[id^="${prefix}-different-"]`);
  const count = await boxes.count();
  for (let i = 0; i < count; i++) await boxes.nth(i).check();
  await page.locator(`#${prefix}-override-reason`).fill(reason);
  return count;
}
