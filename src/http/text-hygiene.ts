// Text that cannot be stored faithfully is refused at the door, for every route at once:
// control characters (PostgreSQL rejects NUL; the others hide text from readers) and lone
// UTF-16 surrogates (silently turned into U+FFFD, so the record would not say what was sent).
// Line breaks and tabs stay allowed for notes and reasons. Path parameters are checked on every
// route, including those that clean their own query text: `/organisations/%00/agreements` must
// not reach a query (PostgreSQL refuses NUL with an error, not an answer).
import type { FastifyInstance } from 'fastify';
import { AppError, type FieldProblem } from '../core/errors.ts';

// Finding control characters is the point of this expression.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * For the few public forms that take whatever a reader types (search, self-service): cut to a
 * length, repair broken Unicode and turn control characters into spaces, instead of refusing.
 */
export function cleanedText(value: string, max: number): string {
  return value.slice(0, max).toWellFormed().replace(new RegExp(CONTROL.source, 'g'), ' ');
}

export function textProblems(value: unknown, path = ''): FieldProblem[] {
  if (typeof value === 'string') {
    if (CONTROL.test(value))
      return [{ field: path || 'body', message: 'contains a control character', code: 'control_character' }];
    if (!value.isWellFormed())
      return [{ field: path || 'body', message: 'is not valid Unicode text', code: 'malformed_text' }];
    return [];
  }
  if (Array.isArray(value))
    return value.flatMap((item, i) => textProblems(item, path ? `${path}.${i}` : String(i)));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      ...textProblems(key, path ? `${path}.${key}` : key),
      ...textProblems(item, path ? `${path}.${key}` : key),
    ]);
  }
  return [];
}

export function installTextHygiene(app: FastifyInstance): void {
  app.addHook('preValidation', (request, _reply, done) => {
    const params = textProblems(request.params);
    if (params.length) return done(new AppError('VALIDATION', 'Invalid address', params));
    if (request.routeOptions.config.ownsTextHygiene) return done();
    const problems = [...textProblems(request.body), ...textProblems(request.query)];
    done(problems.length ? new AppError('VALIDATION', 'Invalid text', problems) : undefined);
  });
}
