import { Injectable } from '@nestjs/common';
import { CustomerContactsRepository } from './customer-contacts.repository';
import { fullName } from './normalize';

/** Customers' public batch read of name and e-mail address: what a written message to each of them needs. */
@Injectable()
export class CustomerContacts {
  constructor(private readonly repository: CustomerContactsRepository) {}

  /** Each of these customers that is this organization's, by id. */
  async of(organizationId: string, ids: string[]): Promise<Map<string, { id: string; fullName: string; email: string | null }>> {
    const rows = await this.repository.contacts(organizationId, ids);
    return new Map(rows.map((r) => [r.id, { id: r.id, fullName: fullName(r.first_name, r.name_prefix, r.last_name), email: r.email }]));
  }
}
