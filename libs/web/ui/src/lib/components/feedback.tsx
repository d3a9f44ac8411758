import type { HTMLAttributes, ReactNode } from 'react';

export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export interface AlertProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  tone?: 'info' | 'success' | 'warning' | 'error';
  title?: ReactNode;
  /**
   * `alert` interrupts the screen reader (errors), `status` waits politely (confirmations).
   * Leave empty for messages that are part of the page from the start.
   */
  live?: 'alert' | 'status';
  children?: ReactNode;
}

export function Alert({ tone = 'info', title, live, className, children, ...rest }: AlertProps) {
  return (
    <div {...rest} role={live} className={['lk-alert', `lk-alert--${tone}`, className].filter(Boolean).join(' ')}>
      {title ? <p className="lk-alert__title">{title}</p> : null}
      {children}
    </div>
  );
}

export interface BadgeProps extends HTMLAttributes<HTMLSpanElement> {
  tone?: Tone;
}

export function Badge({ tone = 'neutral', className, children, ...rest }: BadgeProps) {
  return (
    <span {...rest} className={['lk-badge', `lk-badge--${tone}`, className].filter(Boolean).join(' ')}>
      {children}
    </span>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="lk-empty-state">
      <svg aria-hidden="true" focusable="false" width="22" height="22" viewBox="0 0 24 24">
        <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M7.5 12.5l3 3 6-6.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <div>{children}</div>
    </div>
  );
}

/** A polite loading message; screen readers hear it once. */
export function Loading({ children }: { children: ReactNode }) {
  return (
    <div className="lk-loading" role="status">
      <span className="lk-loading__spinner" aria-hidden="true" />
      <span>{children}</span>
    </div>
  );
}

export function VisuallyHidden({ children, ...rest }: HTMLAttributes<HTMLSpanElement>) {
  return (
    <span {...rest} className="lk-visually-hidden">
      {children}
    </span>
  );
}
