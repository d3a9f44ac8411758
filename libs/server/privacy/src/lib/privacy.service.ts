import { Injectable } from '@nestjs/common';
import { UseCase, Actor, AuditService, NotFoundError, ValidationFailedError } from '@loket/server/platform';
import { CustomerPrivacy } from '@loket/server/customers';
import { ContactLogPrivacy } from '@loket/server/contact-log';
import { CallbacksPrivacy } from '@loket/server/callbacks';
import { KnowledgeBasePrivacy } from '@loket/server/knowledge-base';
import { DirectoryService, IdentityPrivacy } from '@loket/server/identity';
import type { CustomerDto, PortalCustomerDto } from '@loket/server/customers';
import type { EraseCustomerResultDto, StaffDataExportDto, TenantDataExportDto } from './privacy.dto';

/**
 * The AVG rights over one customer, composed from the modules that own the data: each gives its
 * part through its public privacy service; nothing here names another module's tables.
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly audit: AuditService,
    private readonly directory: DirectoryService,
    private readonly customers: CustomerPrivacy,
    private readonly contactLog: ContactLogPrivacy,
    private readonly callbacks: CallbacksPrivacy,
    private readonly knowledgeBase: KnowledgeBasePrivacy,
    private readonly identity: IdentityPrivacy,
  ) {}

  /** The tenant's own data (right of access and portability): what the portal shows them, never staff notes or markers. */
  async tenantExport(actor: Actor): Promise<TenantDataExportDto> {
    const org = actor.organizationId;
    const customerId = actor.customerId;
    if (!customerId) throw new NotFoundError('Customer');
    const now = new Date();
    const record = await this.customers.record(org, customerId, 'tenant', now);
    const out: TenantDataExportDto = {
      kind: 'tenant',
      exportedAt: now.toISOString(),
      organization: { name: await this.directory.organizationName(org) },
      customer: record.customer as PortalCustomerDto,
      contracts: record.contracts,
      cases: await this.contactLog.cases(org, customerId, 'tenant'),
      callbacks: await this.callbacks.forTenant(actor),
      articleFeedback: await this.knowledgeBase.feedback(org, customerId),
      accounts: await this.identity.accounts(org, customerId),
    };
    return out;
  }

  /**
   * The whole file, for an admin answering a request for access: markers with their notes, the
   * person's traits, internal notes and the messages we sent are all personal data the customer
   * has a right to see (AVG art. 15); the admin decides what, if anything, to withhold.
   */
  async staffExport(actor: Actor, customerId: string): Promise<StaffDataExportDto> {
    const org = actor.organizationId;
    const now = new Date();
    const record = await this.customers.record(org, customerId, 'staff', now);
    const out: StaffDataExportDto = {
      kind: 'staff',
      exportedAt: now.toISOString(),
      organization: { name: await this.directory.organizationName(org) },
      customer: record.customer as CustomerDto,
      contracts: record.contracts,
      cases: await this.contactLog.cases(org, customerId, 'staff'),
      callbacks: await this.callbacks.forStaff(actor, customerId),
      articleFeedback: await this.knowledgeBase.feedback(org, customerId),
      accounts: await this.identity.accounts(org, customerId),
      messages: [...(await this.contactLog.messages(org, customerId)), ...(await this.callbacks.messages(org, customerId))].sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1)),
    };
    return out;
  }

  /**
   * Right to erasure: in one transaction every module replaces the person's name, contact details
   * and free text, keeping rows, figures and counts. The admin confirms by typing the customer
   * number. Erasing again is harmless (and catches anything written since), and leaves an audit row each time.
   */
  @UseCase()
  async erase(actor: Actor, customerId: string, typedNumber: string): Promise<EraseCustomerResultDto> {
    const org = actor.organizationId;
    const { customerNumber, erasedAt } = await this.customers.identify(org, customerId, true);
    if (typedNumber.trim().toUpperCase() !== customerNumber.toUpperCase()) {
      throw new ValidationFailedError([{ field: 'customerNumber', code: 'no_match' }], 'validation-failed.confirm-erasure');
    }
    const now = new Date();
    const { cases, contacts } = await this.contactLog.erase(org, customerId);
    const callbacks = await this.callbacks.erase(org, customerId);
    const feedback = await this.knowledgeBase.eraseFeedback(org, customerId);
    const accounts = await this.identity.eraseAccounts(org, customerId, now);
    await this.customers.erase(org, customerId, now);
    await this.audit.record({
      organizationId: org, actorUserId: actor.userId, action: 'customer.erased', entityType: 'customer', entityId: customerId,
      // Counts only: the audit log holds no personal data.
      details: { again: erasedAt !== null, cases, contacts, callbacks, feedback, accounts },
    });
    return { customerId, erasedAt: (erasedAt ?? now).toISOString(), alreadyErased: erasedAt !== null, cases, contacts, callbacks };
  }
}
