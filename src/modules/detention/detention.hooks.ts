// What detention asks of the modules built on it (attached in src/wiring.ts): the removal
// decision an Art. 57 detention serves, and freeing the bed of a person who leaves detention.
import type { UseCaseContext } from '../../core/use-case.ts';

declare module '../../core/hooks.ts' {
  interface Hooks {
    /** The person's removal decision that is still open (not carried out, annulled or cancelled). */
    'detention.open-removal-decision': (
      ctx: UseCaseContext,
      input: { personId: string },
    ) => Promise<{ id: string; reference: string } | undefined>;
    /** The person left detention (released or removed) on this day: their removal-centre bed is freed. */
    'detention.ended': (
      ctx: UseCaseContext,
      input: { personId: string; on: string; reason: 'released' | 'removed' },
    ) => Promise<void>;
  }
}
