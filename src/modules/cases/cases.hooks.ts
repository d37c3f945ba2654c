// What the procedure asks of the modules built on it, declared here and attached in
// src/wiring.ts: whether anything they record forbids lodging an application for these people.
import type { UseCaseContext } from '../../core/use-case.ts';

declare module '../../core/hooks.ts' {
  interface Hooks {
    /** Throws (a refusal naming the rule) when a person may not lodge; the persons are locked. */
    'case.lodging': (
      ctx: UseCaseContext,
      input: { personIds: readonly string[]; principalPersonId: string },
    ) => Promise<void>;
  }
}
