// How a lower module asks for what only a higher one knows, without importing it: the lower
// module declares a hook (its name, what it passes, what it expects back) by augmenting `Hooks`
// in its own `*.hooks.ts`; the higher module's function is attached once, in src/wiring.ts.
// Hooks run inside the caller's transaction, so what they write commits or rolls back with the
// use case, and a hook that throws refuses the use case (a veto).
import type { UseCaseContext } from './use-case.ts';

/** Augmented by each module that declares a hook: `name: (ctx, input) => Promise<result>`. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Hooks {}

type HookName = keyof Hooks;
type Handler<K extends HookName> = Hooks[K] extends (ctx: UseCaseContext, input: infer I) => Promise<infer R>
  ? (ctx: UseCaseContext, input: I) => Promise<R>
  : never;
type Input<K extends HookName> = Parameters<Handler<K>>[1];
type Result<K extends HookName> = Awaited<ReturnType<Handler<K>>>;

const handlers = new Map<HookName, ((ctx: UseCaseContext, input: unknown) => Promise<unknown>)[]>();

/** Attaches a handler; called from src/wiring.ts only. */
export function attachHook<K extends HookName>(name: K, handler: Handler<K>): void {
  const list = handlers.get(name) ?? [];
  list.push(handler);
  handlers.set(name, list);
}

/** Runs every handler of a hook in the order attached, and returns their results. */
export async function runHook<K extends HookName>(
  ctx: UseCaseContext,
  name: K,
  input: Input<K>,
): Promise<Result<K>[]> {
  const list = handlers.get(name);
  // A hook nobody attached means the application was not wired: a bug, never a silent skip.
  if (!list?.length) throw new Error(`Hook ${String(name)} has no handler: call wireModules() at start-up`);
  const results: Result<K>[] = [];
  for (const handler of list) results.push((await handler(ctx, input)) as Result<K>);
  return results;
}

/** For src/wiring.ts: whether the hooks have been attached in this process. */
export function hooksAttached(): boolean {
  return handlers.size > 0;
}
