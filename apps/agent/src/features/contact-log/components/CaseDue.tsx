import { useSlaCalendar } from '@loket/web/api-client';
import { DueMoment, useNow, type DueClock } from '@loket/web/ui';

/**
 * A case's due moment in words ("uiterlijk morgen 17:00", "over 3 werkuren"), counted in the
 * organization's opening hours. Until the calendar is there it says the moment without work hours.
 */
export function CaseDue({ clock, variant = 'compact' }: { clock: DueClock; variant?: 'full' | 'compact' }) {
  const calendar = useSlaCalendar();
  const now = useNow();
  return <DueMoment clock={clock} now={now} calendar={calendar.data ?? null} variant={variant} />;
}
