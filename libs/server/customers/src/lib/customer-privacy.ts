import { Injectable } from '@nestjs/common';
import { ERASED_TEXT, EventLog, NotFoundError, isUuid } from '@loket/server/platform';
import type { ContractDto, CustomerDto, PortalCustomerDto } from './dto/customer.dto';
import { CustomerRow, toContract, toCustomer } from './customer-read';
import { CustomersRepository } from './customers.repository';
import { toPortalCustomer } from './customers.service';
import { todayInAmsterdam } from './normalize';
import { CUSTOMER_EVENT_PERSONAL_KEYS, customerErased } from './events/customer-events';


/** The first and last name an erased customer gets: the record stays (figures count it), the person is gone. */
export const ERASED_FIRST_NAME = 'Gewiste';
export const ERASED_LAST_NAME = 'klant';

export interface CustomerRecordExport {
  customer: CustomerDto | PortalCustomerDto;
  contracts: ContractDto[];
}

/**
 * The customers module's part of the AVG rights: the customer record with its contact details,
 * preferences and contracts (export), and erasure of the person in it. Works in the caller's
 * transaction when there is one.
 */
@Injectable()
export class CustomerPrivacy {
  constructor(
    private readonly repo: CustomersRepository,
    private readonly events: EventLog,
  ) {}

  /** For staff the whole record (markers with their notes too); for the tenant what the portal shows. */
  async record(organizationId: string, customerId: string, audience: 'staff' | 'tenant', now: Date): Promise<CustomerRecordExport> {
    const row = await this.load(organizationId, customerId);
    const today = todayInAmsterdam(now);
    const customer = toCustomer(row);
    return {
      customer: audience === 'staff' ? customer : toPortalCustomer(customer),
      contracts: (row.contract_rows ?? []).map((k) => toContract(k, today)),
    };
  }

  /** The customer number and whether the person was erased already; 404 when not this organization's customer. */
  async identify(organizationId: string, customerId: string, lock = false): Promise<{ customerNumber: string; erasedAt: Date | null }> {
    if (!isUuid(customerId)) throw new NotFoundError('Customer');
    const row = await this.repo.identify(organizationId, customerId, lock);
    if (!row) throw new NotFoundError('Customer');
    return { customerNumber: row.customer_number, erasedAt: row.erased_at };
  }

  /**
   * Erasure: name, birth date, e-mail, address, phone numbers, the person's traits (attitude,
   * vulnerabilities, digital skill) and the markers' notes are replaced; the record, its number,
   * kind, contracts and markers' codes and dates stay, so every figure still counts them. The name
   * tokens and phone numbers go from the search indexes. Erasing again changes nothing.
   * Integrations hear of the first erasure (`customer.updated` with `gewist`, ids only), and the
   * contact details in the customer's earlier events are emptied.
   */
  async erase(organizationId: string, customerId: string, now: Date): Promise<void> {
    const before = await this.repo.identify(organizationId, customerId, false);
    await this.repo.erasePerson(organizationId, customerId, { first: ERASED_FIRST_NAME, last: ERASED_LAST_NAME }, now);
    await this.repo.deletePhones(organizationId, customerId);
    await this.repo.eraseMarkerNotes(organizationId, customerId, ERASED_TEXT, now);
    await this.repo.eraseHistoryValues(organizationId, customerId);
    const removed = await this.repo.removeNameTokens(organizationId, customerId);
    await this.repo.dropUnusedWords(organizationId, removed);
    await this.events.scrubCustomer(organizationId, customerId, [...CUSTOMER_EVENT_PERSONAL_KEYS], ERASED_TEXT);
    if (before && before.erased_at === null) {
      const [linked] = await this.repo.externalIds(organizationId, [customerId]);
      await this.events.publish({
        organizationId, type: 'customer.updated', customerId, subjectId: customerId, at: now,
        data: { ...customerErased({ id: customerId, idExtern: linked?.external_id ?? null }) },
      });
    }
  }

  private async load(organizationId: string, id: string): Promise<CustomerRow> {
    if (!isUuid(id)) throw new NotFoundError('Customer');
    const row = await this.repo.load(organizationId, id, true);
    if (!row) throw new NotFoundError('Customer');
    return row;
  }
}
