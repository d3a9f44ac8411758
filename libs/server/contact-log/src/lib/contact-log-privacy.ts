import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ERASED_TEXT, PlatformPrivacy } from '@loket/server/platform';
import { DirectoryService } from '@loket/server/identity';
import type { CaseWithContacts, ExportedMessage, PortalCase } from '@loket/shared/contracts';
import { CASE_SELECT, CONTACT_SELECT, CaseRow, ContactRow, toCase, toContact, toPortalContact } from './read-model';

/** Outbox messages the contact log writes, by reference: the written confirmations of contacts. */
const CONTACT_MESSAGES = ['contact'];

/**
 * The contact log's part of the AVG rights: the customer's cases and contacts. Staff get the whole
 * file (internal notes too: the customer's right of access covers them, and an admin answering a
 * request must see what there is); the tenant gets exactly what the portal shows. Works in the
 * caller's transaction when there is one.
 */
@Injectable()
export class ContactLogPrivacy {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly directory: DirectoryService,
    private readonly platform: PlatformPrivacy,
  ) {}

  private get db() {
    return this.txHost.tx;
  }

  async cases(organizationId: string, customerId: string, audience: 'staff'): Promise<CaseWithContacts[]>;
  async cases(organizationId: string, customerId: string, audience: 'tenant'): Promise<PortalCase[]>;
  async cases(organizationId: string, customerId: string, audience: 'staff' | 'tenant'): Promise<(CaseWithContacts | PortalCase)[]> {
    const cases: CaseRow[] = await this.db.query(`${CASE_SELECT} WHERE k.organization_id = $1 AND k.customer_id = $2 ORDER BY k.opened_at, k.id`, [organizationId, customerId]);
    const contacts: ContactRow[] = await this.db.query(`${CONTACT_SELECT} WHERE c.organization_id = $1 AND c.customer_id = $2 ORDER BY c.occurred_at, c.id`, [organizationId, customerId]);
    const owners = await this.directory.people(organizationId, cases.map((r) => r.owner_id));
    return cases.map((r) => {
      const k = toCase(r, owners);
      const own = contacts.filter((c) => c.case_id === r.id).map(toContact);
      if (audience === 'staff') return { ...k, contacts: own };
      const { ownerId: _o, sla: _s, ...visible } = k;
      return { ...visible, contacts: own.map(toPortalContact) };
    });
  }

  /** The written confirmations sent for the customer's contacts (staff export). */
  async messages(organizationId: string, customerId: string): Promise<ExportedMessage[]> {
    return this.platform.messages(organizationId, { types: CONTACT_MESSAGES, ids: await this.contactIds(organizationId, customerId) });
  }

  /**
   * Erasure: contact summaries, internal notes, follow-up notes, case subjects and answers are
   * replaced, and the confirmations written for the contacts lose address and text. Cases,
   * contacts, their channels, topics, times and outcomes stay: every figure still counts them.
   */
  async erase(organizationId: string, customerId: string): Promise<{ cases: number; contacts: number }> {
    const [, contacts] = await this.db.query(
      `UPDATE contacts SET summary = $3, internal_note = CASE WHEN internal_note IS NULL THEN NULL ELSE $3 END,
              follow_up = CASE WHEN follow_up ? 'note' AND follow_up->>'note' IS NOT NULL THEN jsonb_set(follow_up, '{note}', to_jsonb($3::text)) ELSE follow_up END
        WHERE organization_id = $1 AND customer_id = $2`,
      [organizationId, customerId, ERASED_TEXT],
    );
    const [, cases] = await this.db.query(
      `UPDATE cases SET subject = $3, answer_summary = CASE WHEN answer_summary IS NULL THEN NULL ELSE $3 END WHERE organization_id = $1 AND customer_id = $2`,
      [organizationId, customerId, ERASED_TEXT],
    );
    await this.platform.eraseMessages(organizationId, { types: CONTACT_MESSAGES, ids: await this.contactIds(organizationId, customerId) });
    return { cases: Number(cases ?? 0), contacts: Number(contacts ?? 0) };
  }

  private async contactIds(organizationId: string, customerId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM contacts WHERE organization_id = $1 AND customer_id = $2`, [organizationId, customerId]);
    return rows.map((r) => r.id);
  }
}
