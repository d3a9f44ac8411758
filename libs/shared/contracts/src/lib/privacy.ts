import type { Contract, Customer, PortalCustomer } from './api';
import type { CaseWithContacts, PortalCase } from './contact-log';
import type { CallbackDetail, PortalCallback } from './callbacks';

/** The formats a data export comes in: JSON for machines, PDF for people. */
export const EXPORT_FORMATS = ['json', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedAccount {
  email: string;
  createdAt: string;
  lastLoginAt: string | null;
  disabledAt: string | null;
}
export interface ExportedFeedback {
  articleId: string;
  articleTitle: string | null;
  helpful: boolean;
  comment: string | null;
  at: string;
}
export interface ExportedMessage {
  channel: string;
  recipient: string | null;
  subject: string;
  body: string;
  status: string;
  createdAt: string;
  sentAt: string | null;
}

/** What a tenant downloads from Mijn Loket (AVG art. 15 and 20): what the portal shows of them. */
export interface TenantDataExport {
  kind: 'tenant';
  exportedAt: string;
  organization: { name: string };
  customer: PortalCustomer;
  contracts: Contract[];
  cases: PortalCase[];
  callbacks: PortalCallback[];
  articleFeedback: ExportedFeedback[];
  accounts: ExportedAccount[];
}

/** What an admin exports of a customer: the whole file, internal notes and markers included. */
export interface StaffDataExport {
  kind: 'staff';
  exportedAt: string;
  organization: { name: string };
  customer: Customer;
  contracts: Contract[];
  cases: CaseWithContacts[];
  callbacks: CallbackDetail[];
  articleFeedback: ExportedFeedback[];
  accounts: ExportedAccount[];
  messages: ExportedMessage[];
}

export type CustomerDataExport = TenantDataExport | StaffDataExport;

/** How long each kind of record keeps its personal data, in days, per organization. */
export interface RetentionRules {
  /** Bodies of e-mails and letters in the outbox, counted from sending. */
  outboxBodyDays: number;
  /** Knowledge-base searches (what people typed). */
  searchTextDays: number;
  /** Comments given with "Heeft dit u geholpen?". */
  feedbackCommentDays: number;
  /** Sessions after they ended (logged out or expired). */
  sessionDays: number;
  /** The access log: who looked at which customer. */
  accessLogDays: number;
}
export type RetentionRule = keyof RetentionRules;

export const RETENTION_DEFAULTS: RetentionRules = {
  outboxBodyDays: 90,
  searchTextDays: 90,
  feedbackCommentDays: 365,
  sessionDays: 30,
  accessLogDays: 730,
};

/** The bounds an admin may choose within, per rule (inclusive). */
export const RETENTION_BOUNDS: Record<RetentionRule, { min: number; max: number }> = {
  outboxBodyDays: { min: 7, max: 730 },
  searchTextDays: { min: 7, max: 365 },
  feedbackCommentDays: { min: 30, max: 1095 },
  sessionDays: { min: 1, max: 365 },
  accessLogDays: { min: 180, max: 3650 },
};

