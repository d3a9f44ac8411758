import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ERASED_TEXT, PlatformPrivacy, type Actor } from '@loket/server/platform';
import type { CallbackDetail, ExportedMessage, PortalCallback } from '@loket/shared/contracts';
import { CallbacksService } from './callbacks.service';

/** Outbox messages written for a callback (agreement, move, delay, not reached; staff reminders and escalations). */
const CALLBACK_MESSAGES = ['callback\\_%'];

/**
 * The callbacks module's part of the AVG rights: the customer's callbacks with their attempts and
 * reschedules (export) and erasure of their free text and the number to call. Works in the
 * caller's transaction when there is one.
 */
@Injectable()
export class CallbacksPrivacy {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly callbacks: CallbacksService,
    private readonly platform: PlatformPrivacy,
  ) {}

  private get db() {
    return this.txHost.tx;
  }

  /** Staff: each callback in full, as its detail page shows it. */
  async forStaff(actor: Actor, customerId: string): Promise<CallbackDetail[]> {
    const out: CallbackDetail[] = [];
    for (const id of await this.ids(actor.organizationId, customerId)) out.push(await this.callbacks.get(actor, id));
    return out;
  }

  /** The tenant: their callbacks as the portal shows them. */
  async forTenant(actor: Actor): Promise<PortalCallback[]> {
    return (await this.callbacks.portalList(actor)).items;
  }

  async messages(organizationId: string, customerId: string): Promise<ExportedMessage[]> {
    return this.platform.messages(organizationId, { types: CALLBACK_MESSAGES, ids: await this.ids(organizationId, customerId) });
  }

  /**
   * Erasure: the reason, result, cancel reason, the number to call, attempt notes and reschedule
   * reasons are replaced, and the messages written for these callbacks lose address and text. The
   * callbacks, their windows, attempts, escalations and outcomes stay for the figures.
   */
  async erase(organizationId: string, customerId: string): Promise<number> {
    const ids = await this.ids(organizationId, customerId);
    if (ids.length === 0) return 0;
    await this.db.query(
      `UPDATE callbacks SET reason = $2, phone_number = '', result = CASE WHEN result IS NULL THEN NULL ELSE $2 END,
              cancel_reason = CASE WHEN cancel_reason IS NULL THEN NULL ELSE $2 END
        WHERE organization_id = $1 AND id = ANY($3::uuid[])`,
      [organizationId, ERASED_TEXT, ids],
    );
    await this.db.query(`UPDATE callback_attempts SET note = $2 WHERE organization_id = $1 AND callback_id = ANY($3::uuid[]) AND note IS NOT NULL`, [organizationId, ERASED_TEXT, ids]);
    await this.db.query(`UPDATE callback_reschedules SET reason = $2 WHERE organization_id = $1 AND callback_id = ANY($3::uuid[])`, [organizationId, ERASED_TEXT, ids]);
    await this.platform.eraseMessages(organizationId, { types: CALLBACK_MESSAGES, ids });
    return ids.length;
  }

  private async ids(organizationId: string, customerId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM callbacks WHERE organization_id = $1 AND customer_id = $2 ORDER BY created_at, id`, [organizationId, customerId]);
    return rows.map((r) => r.id);
  }
}
