// Date checks every use case shares: an act is recorded on or before the legal "today".
import { invalid } from '../http/errors.ts';

export function notInFuture(on: string, today: string, field: string): void {
  if (on > today) throw invalid([{ field, message: 'is in the future', code: 'date_in_future' }]);
}
