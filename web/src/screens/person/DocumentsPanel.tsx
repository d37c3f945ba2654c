// Identity documents: issue by type, renew, report lost, revoke with a reason, print the card.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import { useLabels, useReference } from '../../api/reference.ts';
import type { DocumentView, PersonView } from '../../api/types.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { SelectField, TextField } from '../../ui/fields.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { DocumentRow } from './DocumentRow.tsx';

export function DocumentsPanel({ person }: { person: PersonView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const client = useQueryClient();
  const { data: reference } = useReference();
  const [type, setType] = useState('');
  // Empty means today; an earlier date records a document issued before it was entered here.
  const [issuedOn, setIssuedOn] = useState('');

  /** Puts a document the server returned into the cached person (no second audited read). */
  const store = (doc: DocumentView) =>
    client.setQueryData<PersonView>(['person', person.id], (p) =>
      p
        ? {
            ...p,
            documents: p.documents.some((d) => d.id === doc.id)
              ? p.documents.map((d) => (d.id === doc.id ? doc : d))
              : [doc, ...p.documents],
          }
        : p,
    );

  const issue = useMutation({
    mutationFn: () =>
      post<DocumentView>(`/api/v1/persons/${person.id}/documents`, {
        type,
        ...(issuedOn ? { issuedOn } : {}),
      }),
    onSuccess: (doc) => {
      store(doc);
      setType('');
      setIssuedOn('');
    },
  });

  return (
    <section className="panel" aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t('documents.title')}</h2>
      {person.documents.length === 0 ? (
        <p className="muted">{t('documents.none')}</p>
      ) : (
        <DataTable
          columns={[
            t('documents.type'),
            t('documents.number'),
            t('documents.issuedOn'),
            t('documents.expiresOn'),
            t('documents.statusLabel'),
            t('documents.actions'),
          ]}
        >
          {person.documents.map((d) => (
            <DocumentRow key={d.id} document={d} onChanged={store} />
          ))}
        </DataTable>
      )}
      <form
        className="inline-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (type) issue.mutate();
        }}
      >
        <SelectField
          id="document-type"
          label={t('documents.issueType')}
          value={type}
          onValue={setType}
          placeholder={t('common.choose')}
          options={(reference?.documentTypes ?? []).map((d) => ({
            value: d.code,
            label: d.labels[labels.lang],
          }))}
        />
        <TextField
          id="document-issued-on"
          type="date"
          label={t('documents.issuedOnInput')}
          value={issuedOn}
          onValue={setIssuedOn}
          max={todayInTurkiye()}
        />
        <button type="submit" className="button-secondary" disabled={!type || issue.isPending}>
          {t('documents.issue')}
        </button>
      </form>
      {issue.isError && <ProblemNotice error={issue.error} />}
    </section>
  );
}
