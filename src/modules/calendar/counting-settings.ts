// Settings for the questions the sources leave open (domain.md §0.1), read once from the
// environment: whether the judicial recess (İYUK Art. 8(3)) extends the short LFIP court periods.
import { DEFAULT_COUNTING, type CountingSettings } from '../../domain/procedure/periods.ts';

let settings: CountingSettings = DEFAULT_COUNTING;

export function configureCounting(next: CountingSettings): void {
  settings = next;
}

export function countingSettings(): CountingSettings {
  return settings;
}
