// The one place where a lower module's hooks meet the higher modules that answer them (see
// core/hooks.ts). Read it to know what happens besides the use case itself: which modules a
// change in one module reaches. Called once at start-up by the server and by the CLI.
import { attachHook, hooksAttached } from './core/hooks.ts';
import { recountClocksTouchingYear, refreshVulnerability } from './modules/cases/cases.clocks.ts';
import { documentsForPersonPage } from './modules/documents/documents.view.ts';
import { householdOfPerson } from './modules/households/households.service.ts';
import { freeBedOnLeavingDetention } from './modules/placements/placements.handlers.ts';
import {
  openRemovalDecisionOf,
  recountRemovalWindows,
  refuseLodgingAfterRemoval,
} from './modules/removal/removal.handlers.ts';

export function wireModules(): void {
  if (hooksAttached()) return;
  // The registry's person page and its specific needs.
  attachHook('person.documents', documentsForPersonPage);
  attachHook('person.household', householdOfPerson);
  attachHook('person.needs-changed', refreshVulnerability);
  // A maintained holiday year: the procedure's clocks, then the removal appeal windows.
  attachHook('calendar.year-maintained', recountClocksTouchingYear);
  attachHook('calendar.year-maintained', recountRemovalWindows);
  // Lodging an application: a person removed since their last entry may not.
  attachHook('case.lodging', refuseLodgingAfterRemoval);
  // Detention: an Art. 57 order serves the person's open removal decision; leaving detention
  // leaves the removal centre.
  attachHook('detention.open-removal-decision', openRemovalDecisionOf);
  attachHook('detention.ended', freeBedOnLeavingDetention);
}
