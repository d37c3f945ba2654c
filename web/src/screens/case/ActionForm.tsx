// One procedural action as a form: its legal date (today unless it happened earlier), its own
// fields, and the case version the officer saw. A refusal is shown with the rule that refused it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, post } from '../../api/client.ts';
import type { CaseAction, CaseView } from '../../api/types.ts';
import { useSession } from '../../app/session.ts';
import { DateField } from '../../ui/fields.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { ProblemNotice, useFieldMessage } from '../../ui/Problem.tsx';
import { caseKey } from './caseQuery.ts';
import {
  checkDraft,
  fieldOfProblem,
  initialDraft,
  toCommand,
  visibleFields,
  type Draft,
} from './commands.ts';
import { CommandFields } from './CommandFields.tsx';

interface Props {
  kase: CaseView;
  action: CaseAction;
  label: string;
  onDone: (action: CaseAction) => void;
}

export function ActionForm({ kase, action, label, onDone }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const fieldMessage = useFieldMessage();
  const { data: user } = useSession();
  const today = todayInTurkiye();
  const [occurredOn, setOccurredOn] = useState(today);
  const [draft, setDraft] = useState<Draft>(() => ({
    ...initialDraft(action, kase, today),
    ...(action === 'assign_caseworker' && user?.role === 'protection_caseworker' ? { userId: user.id } : {}),
  }));
  const [checked, setChecked] = useState(false);

  const send = useMutation({
    mutationFn: () =>
      post<CaseView>(`/api/v1/cases/${kase.id}/actions`, {
        version: kase.version,
        occurredOn,
        command: toCommand(action, draft),
      }),
    onSuccess: (view) => {
      client.setQueryData(caseKey(kase.id), view);
      void client.invalidateQueries({ queryKey: ['worklists'] });
      void client.invalidateQueries({ queryKey: ['cases'] });
      onDone(action);
    },
  });

  const local = checkDraft(action, draft);
  if (!occurredOn) local.occurredOn = 'required';
  const problem = send.error instanceof ApiError ? send.error.problem : null;
  const shown = new Set(['occurredOn', ...visibleFields(action, draft).map((f) => f.name)]);
  const serverErrors = new Map<string, string>();
  const otherErrors: string[] = [];
  for (const p of problem?.code === 'VALIDATION' ? (problem.errors ?? []) : []) {
    const name = fieldOfProblem(p.field);
    if (shown.has(name)) serverErrors.set(name, fieldMessage(p));
    else otherErrors.push(`${p.field}: ${fieldMessage(p)}`);
  }
  const error = (name: string) => {
    const mine = checked ? local[name] : undefined;
    if (mine === 'required') return t('field.required');
    if (mine === 'tooShort') return t('field.tooShort', { count: 3 });
    return serverErrors.get(name);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(local).length === 0) send.mutate();
  }

  return (
    <form className="action-form" noValidate onSubmit={submit} aria-label={label}>
      <DateField
        id={`${action}-occurredOn`}
        label={t('actions.occurredOn')}
        hint={t('actions.occurredOnHint')}
        value={occurredOn}
        onValue={setOccurredOn}
        max={today}
        required
        error={error('occurredOn')}
      />
      <CommandFields
        kase={kase}
        action={action}
        draft={draft}
        onChange={(name, value) => setDraft((d) => ({ ...d, [name]: value }))}
        error={error}
      />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={send.isPending}>
          {label}
        </button>
      </div>
      {send.isError && <ProblemNotice error={send.error} />}
      {otherErrors.length > 0 && (
        <ul className="small" lang="en" dir="ltr">
          {otherErrors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {problem?.code === 'STALE_VERSION' && (
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            send.reset();
            void client.invalidateQueries({ queryKey: caseKey(kase.id) });
          }}
        >
          {t('actions.reload')}
        </button>
      )}
    </form>
  );
}
