const ZONE = 'Europe/Amsterdam';
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The offset of Dutch time from UTC at `date`, in minutes (+60 in winter, +120 in summer). */
function amsterdamOffsetMinutes(date: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' })
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * The value of an <input type="datetime-local"> ("2025-03-14T10:00"), read as Dutch time,
 * as ISO 8601 with its offset ("2025-03-14T10:00:00+01:00"). Null when it is not a date and time.
 */
export function amsterdamLocalToIso(local: string): string | null {
  const match = LOCAL.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(wall)) return null;
  // Twice: the first guess may sit on the other side of a change to or from summer time.
  let offset = amsterdamOffsetMinutes(new Date(wall));
  offset = amsterdamOffsetMinutes(new Date(wall - offset * 60_000));
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
