import { zonedIso } from '@loket/shared/dutch-time';

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/**
 * The value of an <input type="datetime-local"> ("2025-03-14T10:00"), read as Dutch time,
 * as ISO 8601 with its offset ("2025-03-14T10:00:00+01:00"). Null when it is not a date and time.
 */
export function amsterdamLocalToIso(local: string): string | null {
  const match = LOCAL.exec(local);
  return match ? zonedIso(match[1] as string, match[2] as string) : null;
}
