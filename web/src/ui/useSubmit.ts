// A form's request: sends, refreshes what it changed, and reads the server's field problems so
// each shows beside its own field (the rest are shown by <ProblemNotice> under the form).
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { ApiError } from '../api/client.ts';
import { useFieldMessage } from './Problem.tsx';

interface Options<T, V> {
  /** The request; `mutation.mutate(vars)` passes what the click chose (e.g. a visit's new status). */
  send: (vars: V) => Promise<T>;
  /** Queries to refetch once the change is made. */
  refresh?: QueryKey[];
  onDone?: (result: T) => void;
}

export function useSubmit<T, V = void>({ send, refresh = [], onDone }: Options<T, V>) {
  const client = useQueryClient();
  const fieldMessage = useFieldMessage();
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: async (result) => {
      await Promise.all(refresh.map((queryKey) => client.invalidateQueries({ queryKey })));
      onDone?.(result);
    },
  });
  const problem = mutation.error instanceof ApiError ? mutation.error.problem : null;
  /** The server's word on one field (`reason`, or any of `alternatives[0].startsOn`…). */
  const fieldError = (name: string): string | undefined => {
    if (problem?.code !== 'VALIDATION') return undefined;
    const hit = problem.errors?.find(
      (e) => e.field === name || e.field.startsWith(`${name}.`) || e.field.startsWith(`${name}[`),
    );
    return hit ? fieldMessage(hit) : undefined;
  };
  return { mutation, problem, fieldError };
}
