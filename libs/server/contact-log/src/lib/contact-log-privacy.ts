import { Injectable } from '@nestjs/common';
import { PlatformPrivacy, type ExportedMessageDto } from '@loket/server/platform';
import type { CaseWithContactsDto, PortalCaseDto } from './dto/responses.dto';
import { ContactLogService } from './contact-log.service';
import { toPortalCase, toPortalContact } from './read-model';

/** Outbox messages the contact log writes, by reference: the written confirmations of contacts. */
// A contact's confirmation, and the answer an outbound answer contact carries (answers.ts).
const CONTACT_MESSAGES = ['contact', 'contact_answer'];

/**
 * The contact log's part of the AVG rights: the customer's cases and contacts. Staff get the whole
 * file (internal notes too: the customer's right of access covers them, and an admin answering a
 * request must see what there is); the tenant gets exactly what the portal shows. Works in the
 * caller's transaction when there is one.
 */
@Injectable()
export class ContactLogPrivacy {
  constructor(
    private readonly contactLog: ContactLogService,
    private readonly platform: PlatformPrivacy,
  ) {}

  async cases(organizationId: string, customerId: string, audience: 'staff'): Promise<CaseWithContactsDto[]>;
  async cases(organizationId: string, customerId: string, audience: 'tenant'): Promise<PortalCaseDto[]>;
  async cases(organizationId: string, customerId: string, audience: 'staff' | 'tenant'): Promise<(CaseWithContactsDto | PortalCaseDto)[]> {
    const file = await this.contactLog.customerFile(organizationId, customerId);
    if (audience === 'staff') return file;
    return file.map(({ contacts, ...k }) => toPortalCase(k, contacts.map(toPortalContact)));
  }

  /** The written confirmations sent for the customer's contacts (staff export). */
  async messages(organizationId: string, customerId: string): Promise<ExportedMessageDto[]> {
    return this.platform.messages(organizationId, { types: CONTACT_MESSAGES, ids: await this.contactLog.customerContactIds(organizationId, customerId) });
  }

  /**
   * Erasure: contact summaries, internal notes, follow-up notes, case subjects and answers are
   * replaced, and the confirmations written for the contacts lose address and text. Cases,
   * contacts, their channels, topics, times and outcomes stay: every figure still counts them.
   */
  async erase(organizationId: string, customerId: string): Promise<{ cases: number; contacts: number }> {
    const erased = await this.contactLog.eraseCustomerTexts(organizationId, customerId);
    await this.platform.eraseMessages(organizationId, { types: CONTACT_MESSAGES, ids: await this.contactLog.customerContactIds(organizationId, customerId) });
    return erased;
  }
}
