import { zoneFieldText } from '@gaoxin/domain';
import { AppError } from '../../platform/app-error.js';

/** A code already held by another record of the zone: 409 with the holder's name, on the code field. */
export function codeTaken(code: string, holderName: string): AppError {
  return new AppError('CODE_TAKEN', { code, name: holderName }, [
    { field: 'code', key: 'invalid', text: zoneFieldText('codeTaken', { code, name: holderName }) },
  ]);
}

/** Whether a database error is a unique-key violation (two saves of one code at once). */
export function isUniqueViolation(error: unknown): boolean {
  for (let current = error; current && typeof current === 'object';) {
    if ((current as { code?: unknown }).code === '23505') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
