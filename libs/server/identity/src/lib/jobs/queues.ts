/** This module's queues: queue → job name → payload. Payloads carry ids only. */
export const IDENTITY_QUEUE = 'identity-maintenance';

export interface IdentityJobs {
  'purge-expired-sessions': Record<string, never>;
}
export type IdentityJobName = keyof IdentityJobs;
