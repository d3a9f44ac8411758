import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ERASED_TEXT, NotFoundError, isUuid } from '@loket/server/platform';
import type { Contract, Customer, PortalCustomer } from '@loket/shared/contracts';
import { CONTRACTS_JSON_SQL, CUSTOMER_JSON_SQL, CustomerRow, toContract, toCustomer } from './customer-read';
import { toPortalCustomer } from './customers.service';
import { todayInAmsterdam } from './normalize';


/** The first and last name an erased customer gets: the record stays (figures count it), the person is gone. */
export const ERASED_FIRST_NAME = 'Gewiste';
export const ERASED_LAST_NAME = 'klant';

export interface CustomerRecordExport {
  customer: Customer | PortalCustomer;
  contracts: Contract[];
}

/**
 * The customers module's part of the AVG rights: the customer record with its contact details,
 * preferences and contracts (export), and erasure of the person in it. Works in the caller's
 * transaction when there is one.
 */
@Injectable()
export class CustomerPrivacy {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get db() {
    return this.txHost.tx;
  }

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
    const rows: { customer_number: string; erased_at: Date | null }[] = await this.db.query(
      `SELECT customer_number, erased_at FROM customers WHERE id = $1 AND organization_id = $2${lock ? ' FOR UPDATE' : ''}`,
      [customerId, organizationId],
    );
    if (!rows[0]) throw new NotFoundError('Customer');
    return { customerNumber: rows[0].customer_number, erasedAt: rows[0].erased_at };
  }

  /**
   * Erasure: name, birth date, e-mail, address, phone numbers, the person's traits (attitude,
   * vulnerabilities, digital skill) and the markers' notes are replaced; the record, its number,
   * kind, contracts and markers' codes and dates stay, so every figure still counts them. The name
   * tokens and phone numbers go from the search indexes. Erasing again changes nothing.
   */
  async erase(organizationId: string, customerId: string, now: Date): Promise<void> {
    await this.db.query(
      `UPDATE customers SET initials = NULL, first_name = $3, name_prefix = NULL, last_name = $4, birth_date = NULL, email = NULL,
              street = NULL, house_number = NULL, house_letter = NULL, house_number_addition = NULL, postcode = NULL, city = NULL,
              digital_skill = NULL, attitude = NULL, vulnerabilities = '{}', interpreter_needed = false,
              erased_at = COALESCE(erased_at, $5), updated_at = $5
        WHERE id = $1 AND organization_id = $2`,
      [customerId, organizationId, ERASED_FIRST_NAME, ERASED_LAST_NAME, now],
    );
    await this.db.query(`DELETE FROM customer_phone_numbers WHERE customer_id = $1 AND organization_id = $2`, [customerId, organizationId]);
    await this.db.query(`UPDATE customer_markers SET note = $3, updated_at = $4 WHERE customer_id = $1 AND organization_id = $2 AND note <> $3`, [
      customerId, organizationId, ERASED_TEXT, now,
    ]);
    const deleted = await this.db.query(`DELETE FROM customer_search_tokens WHERE customer_id = $1 AND organization_id = $2 RETURNING token`, [customerId, organizationId]);
    // TypeORM answers a DELETE … RETURNING with [rows, count].
    const removed = ((Array.isArray(deleted[0]) ? deleted[0] : deleted) as { token: string }[]).map((r) => r.token);
    if (removed.length) {
      await this.db.query(
        `UPDATE search_token_dictionary SET customer_count = greatest(customer_count - 1, 0) WHERE organization_id = $1 AND token = ANY($2::text[])`,
        [organizationId, removed],
      );
      // A word no one carries any more is not kept either: the dictionary lists names.
      await this.db.query(`DELETE FROM search_token_dictionary WHERE organization_id = $1 AND token = ANY($2::text[]) AND customer_count = 0`, [organizationId, removed]);
    }
  }

  private async load(organizationId: string, id: string): Promise<CustomerRow> {
    if (!isUuid(id)) throw new NotFoundError('Customer');
    const rows: CustomerRow[] = await this.db.query(`SELECT ${CUSTOMER_JSON_SQL}, ${CONTRACTS_JSON_SQL} FROM customers c WHERE c.id = $1 AND c.organization_id = $2`, [id, organizationId]);
    if (!rows[0]) throw new NotFoundError('Customer');
    return rows[0];
  }
}
