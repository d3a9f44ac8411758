import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { ExportedAccount } from '@loket/shared/contracts';


/**
 * Identity's part of the AVG rights: the customer's portal account (export, erasure) and how
 * long ended sessions are kept. Works in the caller's transaction when there is one.
 */
@Injectable()
export class IdentityPrivacy {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get db() {
    return this.txHost.tx;
  }

  /** Every organization, for jobs that apply each organization's own rules. */
  async organizationIds(): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM organizations ORDER BY id`);
    return rows.map((r) => r.id);
  }

  async accounts(organizationId: string, customerId: string): Promise<ExportedAccount[]> {
    const rows: { email: string; created_at: Date; last_login_at: Date | null; disabled_at: Date | null }[] = await this.db.query(
      `SELECT email, created_at, last_login_at, disabled_at FROM users WHERE organization_id = $1 AND customer_id = $2 AND kind = 'tenant' ORDER BY created_at`,
      [organizationId, customerId],
    );
    const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
    return rows.map((r) => ({ email: r.email, createdAt: new Date(r.created_at).toISOString(), lastLoginAt: iso(r.last_login_at), disabledAt: iso(r.disabled_at) }));
  }

  /**
   * Erasure: the customer's portal accounts are disabled and de-identified (an address that
   * cannot receive mail, no name, a password nothing matches) and their sessions end at once.
   */
  async eraseAccounts(organizationId: string, customerId: string, now: Date): Promise<number> {
    const users: { id: string }[] = await this.db.query(
      `UPDATE users SET email = 'gewist-' || id || '@gewist.invalid', display_name = 'Gewiste klant', password_hash = '!',
              disabled_at = COALESCE(disabled_at, $3)
        WHERE organization_id = $1 AND customer_id = $2 AND kind = 'tenant' RETURNING id`,
      [organizationId, customerId, now],
    ).then((r: unknown) => (Array.isArray(r) && Array.isArray(r[0]) ? (r[0] as { id: string }[]) : (r as { id: string }[])));
    if (users.length) await this.db.query(`DELETE FROM sessions WHERE organization_id = $1 AND user_id = ANY($2::uuid[])`, [organizationId, users.map((u) => u.id)]);
    return users.length;
  }

  /** Retention: sessions that ended (expired or logged out) before `before` are removed. Returns how many. */
  async purgeEndedSessions(organizationId: string, before: Date): Promise<number> {
    const [, count] = await this.db.query(
      `DELETE FROM sessions WHERE organization_id = $1 AND (expires_at < $2 OR revoked_at < $2)`,
      [organizationId, before],
    );
    return Number(count ?? 0);
  }
}
