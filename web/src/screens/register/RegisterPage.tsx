// Registration wizard: principal applicant → family members → review and register.
// Every new person is checked against existing records before the register button works.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, post } from '../../api/client.ts';
import type { HouseholdResult, MatchCandidate, PersonView } from '../../api/types.ts';
import { useTitle } from '../../app/useTitle.ts';
import { useRouter } from '../../router.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
import {
  byField,
  checkIsResolved,
  draftProblems,
  duplicateMemberIndex,
  emptyDraft,
  identityKey,
  splitServerErrors,
  toPersonInput,
  type MemberEntry,
  type PersonEntry,
} from './draft.ts';
import { FamilyStep, type Editor } from './FamilyStep.tsx';
import { MatchPanel } from './MatchPanel.tsx';
import { PersonForm } from './PersonForm.tsx';
import { ReviewStep } from './ReviewStep.tsx';
import { Steps, type Step } from './Steps.tsx';
import './register.css';

function withCandidates<T extends PersonEntry>(entry: T, candidates: MatchCandidate[]): T {
  return { ...entry, check: { identity: identityKey(entry.draft), candidates, different: [], reason: '' } };
}

export function RegisterPage() {
  const { t } = useTranslation();
  useTitle(t('register.title'));
  const { navigate } = useRouter();
  const client = useQueryClient();
  const [step, setStep] = useState<Step>('principal');
  const [principal, setPrincipal] = useState<PersonEntry>({ draft: emptyDraft(), check: null, errors: {} });
  const [members, setMembers] = useState<MemberEntry[]>([]);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [blocked, setBlocked] = useState<string | null>(null);

  const updatePrincipal = (patch: Partial<PersonEntry>) => {
    setPrincipal((p) => ({ ...p, ...patch }));
    setBlocked(null);
  };

  function continueToFamily() {
    const problems = draftProblems(principal.draft);
    if (Object.keys(problems).length > 0) {
      updatePrincipal({ errors: problems });
      setBlocked(t('register.fixFields'));
      document.getElementById(`principal-${Object.keys(problems)[0] ?? ''}`)?.focus();
      return;
    }
    if (!checkIsResolved(principal)) {
      setBlocked(t('register.checkFirst'));
      document.getElementById('principal-match-heading')?.scrollIntoView({ block: 'center' });
      return;
    }
    setBlocked(null);
    setStep('family');
  }

  const register = useMutation({
    mutationFn: async (): Promise<string> => {
      if (members.length === 0) {
        return (await post<PersonView>('/api/v1/persons', toPersonInput(principal))).id;
      }
      const body = {
        principal: { person: toPersonInput(principal) },
        members: members.map((m) =>
          m.existing
            ? { personId: m.existing.id, relationship: m.relationship }
            : { person: toPersonInput(m), relationship: m.relationship },
        ),
      };
      return (await post<HouseholdResult>('/api/v1/households', body)).principalPersonId;
    },
    onSuccess: async (personId) => {
      await client.invalidateQueries({ queryKey: ['search'] });
      navigate(`/persons/${personId}`);
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      const { problem } = error;
      if (problem.code === 'POSSIBLE_DUPLICATE' && problem.candidates) {
        const index = duplicateMemberIndex(problem.detail);
        const candidates = problem.candidates;
        if (index === null) {
          setPrincipal((p) => withCandidates(p, candidates));
          setStep('principal');
        } else if (members[index]) {
          setEditor({ index, entry: withCandidates(members[index], candidates) });
          setStep('family');
        }
        setBlocked(t('register.serverDuplicate'));
      } else if (problem.errors?.length) {
        const split = splitServerErrors(problem.errors);
        if (split.principal.length) updatePrincipal({ errors: byField(split.principal) });
        setMembers((list) => list.map((m, i) => ({ ...m, errors: byField(split.members.get(i) ?? []) })));
        const firstMember = [...split.members.keys()][0];
        if (split.principal.length) setStep('principal');
        else if (firstMember !== undefined && members[firstMember]) {
          setEditor({
            index: firstMember,
            entry: { ...members[firstMember], errors: byField(split.members.get(firstMember) ?? []) },
          });
          setStep('family');
        }
        setBlocked(t('register.fixFields'));
      }
    },
  });

  return (
    <section className="page register">
      <h1>{t('register.title')}</h1>
      <Steps current={step} />
      {blocked && step !== 'principal' && (
        <div className="notice notice-warning" role="alert">
          {blocked}
        </div>
      )}
      {step === 'principal' && (
        <div className="step">
          <h2>{t('register.principalTitle')}</h2>
          <form noValidate onSubmit={(e) => e.preventDefault()}>
            <PersonForm
              idPrefix="principal"
              draft={principal.draft}
              errors={principal.errors}
              onChange={(patch) => updatePrincipal({ draft: { ...principal.draft, ...patch } })}
              afterIdentity={
                <MatchPanel
                  idPrefix="principal"
                  entry={principal}
                  onUpdate={updatePrincipal}
                  samePersonLabel={t('match.samePersonOpen')}
                  onSamePerson={(c) => navigate(`/persons/${c.personId}`)}
                />
              }
            />

            {blocked && (
              <div className="notice notice-warning" role="alert">
                {blocked}
              </div>
            )}
            <div className="actions step-actions">
              <button type="button" className="button-primary" onClick={continueToFamily}>
                {t('register.toFamily')}
              </button>
            </div>
          </form>
        </div>
      )}
      {step === 'family' && (
        <FamilyStep
          principal={principal}
          members={members}
          setMembers={setMembers}
          editor={editor}
          setEditor={setEditor}
          onBack={() => setStep('principal')}
          onNext={() => {
            setBlocked(null);
            setStep('review');
          }}
        />
      )}
      {step === 'review' && (
        <ReviewStep
          principal={principal}
          members={members}
          onBack={() => setStep('family')}
          onRegister={() => {
            setBlocked(null);
            register.mutate();
          }}
          pending={register.isPending}
        />
      )}
      {register.isError && step === 'review' && <ProblemNotice error={register.error} />}
    </section>
  );
}
