export { IdentityModule, IdentityCoreModule, IdentityDirectoryModule } from './lib/identity.module';
export { AuthService } from './lib/auth.service';
export { DirectoryService } from './lib/directory.service';
export type { OrganizationContact, Recipient } from './lib/directory.service';
export { identityEntities } from './lib/entities';
export { hashPassword } from './lib/password';
export { IdentityPrivacy } from './lib/identity-privacy';
export { StaffDigest, StaffDigestModule, digestMail, digestPerPerson, deliveryMoment, type DigestItem, type DigestText } from './lib/staff-digest';
export { ExportedAccountDto } from './lib/dto/exported-account.dto';
