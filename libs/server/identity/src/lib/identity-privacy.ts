import { Injectable } from '@nestjs/common';
import type { ExportedAccountDto } from './dto/exported-account.dto';
import { IdentityRepository } from './identity.repository';


/**
 * Identity's part of the AVG rights: the customer's portal account (export, erasure) and how
 * long ended sessions are kept. Works in the caller's transaction when there is one.
 */
@Injectable()
export class IdentityPrivacy {
  constructor(private readonly repo: IdentityRepository) {}

  /** Every organization, for jobs that apply each organization's own rules. */
  async organizationIds(): Promise<string[]> {
    return this.repo.organizationIds();
  }

  async accounts(organizationId: string, customerId: string): Promise<ExportedAccountDto[]> {
    const rows = await this.repo.tenantAccounts(organizationId, customerId);
    const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
    return rows.map((r) => ({ email: r.email, createdAt: new Date(r.created_at).toISOString(), lastLoginAt: iso(r.last_login_at), disabledAt: iso(r.disabled_at) }));
  }

  /**
   * Erasure: the customer's portal accounts are disabled and de-identified (an address that
   * cannot receive mail, no name, a password nothing matches) and their sessions end at once.
   */
  async eraseAccounts(organizationId: string, customerId: string, now: Date): Promise<number> {
    const users = await this.repo.eraseTenantAccounts(organizationId, customerId, now);
    if (users.length) await this.repo.deleteSessionsOf(organizationId, users);
    return users.length;
  }

  /** Retention: sessions that ended (expired or logged out) before `before` are removed. Returns how many. */
  async purgeEndedSessions(organizationId: string, before: Date): Promise<number> {
    return this.repo.purgeEndedSessions(organizationId, before);
  }
}
