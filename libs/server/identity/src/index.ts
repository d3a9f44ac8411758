export { IdentityModule, IdentityCoreModule } from './lib/identity.module';
export { IdentityJobsModule } from './lib/jobs/identity-jobs.module';
export { IDENTITY_QUEUE } from './lib/jobs/queues';
export type { IdentityJobs } from './lib/jobs/queues';
export { AuthService } from './lib/auth.service';
export { DirectoryService } from './lib/directory.service';
export type { Recipient } from './lib/directory.service';
export { identityEntities } from './lib/entities';
export { hashPassword } from './lib/password';
