import { Injectable } from '@nestjs/common';
import { ERASED_TEXT, NotFoundError, isUuid } from '@loket/server/platform';
import type { ContractDto, CustomerDto, PortalCustomerDto } from './dto/customer.dto';
import { CustomerRow, toContract, toCustomer } from './customer-read';
import { CustomersRepository } from './customers.repository';
import { toPortalCustomer } from './customers.service';
import { todayInAmsterdam } from './normalize';


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
  constructor(private readonly repo: CustomersRepository) {}

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
   */
  async erase(organizationId: string, customerId: string, now: Date): Promise<void> {
    await this.repo.erasePerson(organizationId, customerId, { first: ERASED_FIRST_NAME, last: ERASED_LAST_NAME }, now);
    await this.repo.deletePhones(organizationId, customerId);
    await this.repo.eraseMarkerNotes(organizationId, customerId, ERASED_TEXT, now);
    await this.repo.eraseHistoryValues(organizationId, customerId);
    const removed = await this.repo.removeNameTokens(organizationId, customerId);
    await this.repo.dropUnusedWords(organizationId, removed);
  }

  private async load(organizationId: string, id: string): Promise<CustomerRow> {
    if (!isUuid(id)) throw new NotFoundError('Customer');
    const row = await this.repo.load(organizationId, id, true);
    if (!row) throw new NotFoundError('Customer');
    return row;
  }
}
