// The registration desk: search first (the person may already be registered), then register.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.ts';
import type { PersonSummary } from '../../api/types.ts';
import { useTitle } from '../../app/useTitle.ts';
import { Link, useRouter } from '../../router.tsx';
import { DateField, TextField } from '../../ui/fields.tsx';
import { ProblemNotice, useFieldMessage } from '../../ui/Problem.tsx';
import { SearchResults } from './SearchResults.tsx';
import './desk.css';

export function DeskPage() {
  const { t } = useTranslation();
  useTitle(t('desk.title'));
  const { search, navigate } = useRouter();
  const q = search.get('q') ?? '';
  const dob = search.get('dob') ?? '';
  const [text, setText] = useState(q);
  const [birth, setBirth] = useState(dob);
  const [tooShort, setTooShort] = useState(false);
  const fieldMessage = useFieldMessage();
  // Back and forward move through earlier searches: keep the boxes in step with the address.
  useEffect(() => {
    setText(q);
    setBirth(dob);
  }, [q, dob]);

  const active = q.trim().length >= 2 || dob !== '';
  const results = useQuery({
    queryKey: ['search', q, dob],
    enabled: active,
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ limit: '25' });
      if (q.trim()) params.set('q', q.trim());
      if (dob) params.set('dateOfBirth', dob);
      return api<{ results: PersonSummary[] }>(`/api/v1/persons?${params.toString()}`, { signal });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = text.trim();
    if (value.length < 2 && !birth) {
      setTooShort(true);
      return;
    }
    setTooShort(false);
    const params = new URLSearchParams();
    if (value) params.set('q', value);
    if (birth) params.set('dob', birth);
    navigate(`/?${params.toString()}`);
  }

  const queryProblem =
    results.error instanceof ApiError
      ? results.error.problem.errors?.find((e) => e.field === 'q')
      : undefined;

  return (
    <section className="page desk">
      <div className="page-head">
        <h1>{t('desk.title')}</h1>
        <Link to="/register" className="button button-primary">
          {t('desk.register')}
        </Link>
      </div>
      <p className="lead">{t('desk.intro')}</p>
      <form onSubmit={submit} noValidate className="search-form card-panel" role="search">
        <div className="search-row">
          <TextField
            id="q"
            type="search"
            label={t('desk.searchLabel')}
            hint={t('desk.searchHint')}
            value={text}
            onValue={setText}
            dir="auto"
            autoComplete="off"
            spellCheck={false}
            error={tooShort ? t('desk.tooShort') : queryProblem ? fieldMessage(queryProblem) : undefined}
          />
          <DateField id="dob" label={t('desk.dobLabel')} value={birth} onValue={setBirth} />
          <button type="submit" className="button-primary search-button">
            {t('desk.search')}
          </button>
        </div>
      </form>
      {active && results.isPending && <p className="loading">{t('common.loading')}</p>}
      {results.isError && !queryProblem && <ProblemNotice error={results.error} />}
      {results.data && <SearchResults results={results.data.results} />}
    </section>
  );
}
