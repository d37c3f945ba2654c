// Family members: each is a new person (checked for existing records like the principal) or
// an already registered person the officer recognised among the candidates.
import { useState, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels, useReference } from '../../api/reference.ts';
import { SelectField } from '../../ui/fields.tsx';
import { DateText, Ltr, PersonName } from '../../ui/text.tsx';
import {
  checkIsResolved,
  draftProblems,
  isoBirthDate,
  memberDraftFrom,
  type MemberEntry,
  type PersonEntry,
} from './draft.ts';
import { MatchPanel } from './MatchPanel.tsx';
import { PersonForm } from './PersonForm.tsx';

/** The member being added or changed; `index` null while it is new. */
export interface Editor {
  index: number | null;
  entry: MemberEntry;
}

interface Props {
  principal: PersonEntry;
  members: MemberEntry[];
  setMembers: Dispatch<SetStateAction<MemberEntry[]>>;
  editor: Editor | null;
  setEditor: (editor: Editor | null) => void;
  onBack: () => void;
  onNext: () => void;
}

export function FamilyStep({ principal, members, setMembers, editor, setEditor, onBack, onNext }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: reference } = useReference();
  const [problem, setProblem] = useState<string | null>(null);
  const relationships = (reference?.relationships ?? [])
    .filter((r) => r.code !== 'principal')
    .map((r) => ({ value: r.code, label: r.labels[labels.lang] }));

  function startNew() {
    setProblem(null);
    setEditor({
      index: null,
      entry: {
        draft: memberDraftFrom(principal.draft),
        check: null,
        errors: {},
        relationship: '',
        existing: null,
      },
    });
  }

  function update(patch: Partial<MemberEntry>) {
    if (editor) setEditor({ ...editor, entry: { ...editor.entry, ...patch } });
  }

  function save() {
    if (!editor) return;
    const { entry } = editor;
    const problems = entry.existing ? {} : draftProblems(entry.draft);
    if (!entry.relationship) problems.relationship = 'field.required';
    if (Object.keys(problems).length > 0) {
      update({ errors: problems });
      setProblem(t('register.fixFields'));
      document.getElementById(`member-${Object.keys(problems)[0] ?? ''}`)?.focus();
      return;
    }
    if (!entry.existing && !checkIsResolved(entry)) {
      setProblem(t('register.checkFirst'));
      return;
    }
    const saved = { ...entry, errors: {} };
    setMembers((list) =>
      editor.index === null ? [...list, saved] : list.map((m, i) => (i === editor.index ? saved : m)),
    );
    setEditor(null);
    setProblem(null);
  }

  const relationshipError = editor?.entry.errors.relationship ? t('field.required') : undefined;

  return (
    <div className="step">
      <h2>{t('register.familyTitle')}</h2>
      <p className="lead">{t('register.familyIntro')}</p>
      {members.length === 0 ? (
        <p className="muted">{t('register.noMembers')}</p>
      ) : (
        <ul className="member-list">
          {members.map((m, i) => (
            <li key={i} className="member-row">
              <PersonName person={m.existing ?? m.draft} as="strong" />
              <span>{labels.relationship(m.relationship)}</span>
              {m.existing ? (
                <span className="badge">
                  {t('register.existingPerson')} <Ltr className="mono">{m.existing.foreignerIdNumber}</Ltr>
                </span>
              ) : (
                <DateText value={isoBirthDate(m.draft) ?? null} precision={m.draft.dateOfBirthPrecision} />
              )}
              <span className="row-actions">
                <button
                  type="button"
                  className="button-quiet"
                  onClick={() => setEditor({ index: i, entry: m })}
                  disabled={editor !== null}
                >
                  {t('common.edit')}
                </button>
                <button
                  type="button"
                  className="button-quiet danger"
                  onClick={() => setMembers((list) => list.filter((_, j) => j !== i))}
                  disabled={editor !== null}
                >
                  {t('common.remove')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}

      {editor ? (
        <form noValidate onSubmit={(e) => e.preventDefault()} className="member-editor card-panel">
          <h3>{editor.index === null ? t('register.newMember') : t('register.editMember')}</h3>
          <SelectField
            id="member-relationship"
            label={t('register.relationship')}
            required
            value={editor.entry.relationship}
            onValue={(relationship) => update({ relationship })}
            placeholder={t('common.choose')}
            options={relationships}
            error={relationshipError}
          />
          {editor.entry.existing ? (
            <div className="notice notice-info">
              <p>{t('register.linkedExisting')}</p>
              <PersonName person={editor.entry.existing} as="strong" />{' '}
              <Ltr className="mono">{editor.entry.existing.foreignerIdNumber}</Ltr>
              <div className="actions">
                <button type="button" className="button-quiet" onClick={() => update({ existing: null })}>
                  {t('register.unlink')}
                </button>
              </div>
            </div>
          ) : (
            <>
              <PersonForm
                idPrefix="member"
                draft={editor.entry.draft}
                errors={editor.entry.errors}
                onChange={(patch) => update({ draft: { ...editor.entry.draft, ...patch } })}
                afterIdentity={
                  <MatchPanel
                    idPrefix="member"
                    entry={editor.entry}
                    onUpdate={update}
                    samePersonLabel={t('match.samePersonLink')}
                    onSamePerson={(c) => update({ existing: c.summary })}
                  />
                }
              />
            </>
          )}
          {problem && (
            <div className="notice notice-warning" role="alert">
              {problem}
            </div>
          )}
          <div className="actions">
            <button type="button" className="button-primary" onClick={save}>
              {t('register.saveMember')}
            </button>
            <button
              type="button"
              className="button-quiet"
              onClick={() => {
                setEditor(null);
                setProblem(null);
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <button type="button" className="button-secondary" onClick={startNew}>
            {t('register.addMember')}
          </button>
        </div>
      )}

      <div className="actions step-actions">
        <button type="button" className="button-quiet" onClick={onBack} disabled={editor !== null}>
          {t('common.back')}
        </button>
        <button type="button" className="button-primary" onClick={onNext} disabled={editor !== null}>
          {t('register.toReview')}
        </button>
      </div>
    </div>
  );
}
