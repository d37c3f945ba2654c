// The second step's field refusals, in words: a wrong code, a code already used.
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client.ts';

export function codeError(t: TFunction, error: unknown): string | undefined {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION') return undefined;
  const problem = error.problem.errors?.[0];
  if (problem?.code === 'code_used') return t('field.codeUsed');
  if (problem?.code === 'wrong_code') return t('field.wrongCode');
  return t('field.sixDigits');
}

/** Digits only, as apps show them with a space in the middle. */
export const digits = (value: string) => value.replace(/\D/g, '').slice(0, 6);
