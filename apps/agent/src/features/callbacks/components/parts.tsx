import type { CallbackStatus } from '@loket/shared/contracts';
import { useSlaCalendar, type Callback } from '@loket/web/api-client';
import { Badge, DueMoment, formatCallbackWindow, formatPhoneNumber, useNow, type CallbackWindowSource, type Tone } from '@loket/web/ui';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** Where the callbacks live in the agent app. */
export const CALLBACKS_PATH = '/terugbellen';
export const callbackPath = (id: string) => `${CALLBACKS_PATH}/${encodeURIComponent(id)}`;

/**
 * A callback's due moment in words with its risk colour ("uiterlijk morgen 12:00", "over 2 werkuren",
 * "1 werkuur te laat"), counted in the organization's opening hours.
 */
export function CallbackDue({ callback, variant = 'compact' }: { callback: Pick<Callback, 'dueAt' | 'completedAt' | 'status'>; variant?: 'full' | 'compact' }) {
  const calendar = useSlaCalendar();
  const now = useNow();
  const closed = callback.status === 'completed' || callback.status === 'cancelled';
  return (
    <DueMoment
      clock={{ dueAt: callback.dueAt, state: closed ? 'stopped' : null, doneAt: callback.completedAt }}
      now={now}
      calendar={calendar.data ?? null}
      variant={variant}
    />
  );
}

/** "morgenochtend (08:30–12:00)", "vandaag 12:00–17:00", "uiterlijk morgen 17:00". */
export function useWindowText() {
  const { t, i18n } = useTranslation();
  const now = useNow();
  return (window: CallbackWindowSource) => formatCallbackWindow(window, { now, t, language: i18n.language }) ?? '';
}

/** Who calls: the employee, or the team's queue while nobody has claimed it. */
export function callerText(callback: Pick<Callback, 'assignee' | 'team'>, t: TFunction): string {
  if (callback.assignee) return callback.assignee.displayName;
  if (callback.team) return t('callbacks.teamQueue', { team: callback.team.name });
  return t('callbacks.nobody');
}

export function attemptsText(count: number, t: TFunction): string {
  return count === 0 ? t('callbacks.noAttempts') : t('callbacks.attemptCount', { count });
}

/** Level 1: the team lead is involved; level 2: the manager too (and the customer was told of the delay). */
export function EscalationBadge({ level }: { level: Callback['escalationLevel'] }) {
  const { t } = useTranslation();
  if (level === 0) return null;
  return <Badge tone={level === 2 ? 'danger' : 'warning'}>{t(`callbacks.escalation.level${level}`)}</Badge>;
}

const STATUS_TONES: Record<CallbackStatus, Tone> = { scheduled: 'info', in_progress: 'info', completed: 'success', cancelled: 'neutral' };

export function CallbackStatusBadge({ status }: { status: CallbackStatus }) {
  const { t } = useTranslation();
  return <Badge tone={STATUS_TONES[status]}>{t(`callbacks.status.${status}`)}</Badge>;
}

/** The number to dial, as a tel: link in the Dutch way of writing it. */
export function PhoneLink({ number, className }: { number: string; className?: string }) {
  return (
    <a href={`tel:${number.replace(/\s/g, '')}`} className={className}>
      {formatPhoneNumber(number)}
    </a>
  );
}
