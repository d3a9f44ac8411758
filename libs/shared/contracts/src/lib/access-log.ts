import type { Page } from './api';
import type { PersonRef } from './contact-log';

/**
 * Where a customer's data was shown (AVG: every read is on record). `portal` is the tenant
 * reading their own data in Mijn Loket; `access_log` is an administrator reading who looked;
 * `export` is a download of the whole file (by an administrator, or the tenant's own).
 */
export const ACCESS_VIEWS = [
  'record', 'overview', 'timeline', 'search', 'cases', 'case', 'contact', 'callbacks', 'callback', 'access_log', 'portal', 'export', 'worklist',
  // the print list and a letter's PDF (issue 12, answers)
  'letters', 'letter',
  // what an integration client pulled (issue 13): the change feed and the contacts as VERA Contactmomenten
  'changes', 'contactmomenten',
] as const;
export type AccessView = (typeof ACCESS_VIEWS)[number];

/** One customer an employee saw (GET /access-log?userId=). */
export interface EmployeeAccess {
  at: string;
  /** Null when the customer no longer exists. */
  customer: { id: string; fullName: string; customerNumber: string } | null;
  view: string;
}

/** What one employee looked at, newest first. */
export interface EmployeeAccessPage extends Page<EmployeeAccess> {
  employee: PersonRef;
}
