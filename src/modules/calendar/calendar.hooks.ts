// The calendar's one hook: the modules whose last days are counted with it count them again when
// an administrator maintains a year. Attached in src/wiring.ts.
import type { UseCaseContext } from '../../core/use-case.ts';
import type { HolidayCalendar } from '../../domain/procedure/periods.ts';

declare module '../../core/hooks.ts' {
  interface Hooks {
    /** Recount what the year touches with the new calendar; answer how many last days moved. */
    'calendar.year-maintained': (
      ctx: UseCaseContext,
      input: { year: number; calendar: HolidayCalendar },
    ) => Promise<number>;
  }
}
