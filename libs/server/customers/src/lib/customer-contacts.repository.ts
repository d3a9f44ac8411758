import { Injectable } from '@nestjs/common';
import { SqlRepository, isUuid, type Columns } from '@loket/server/platform';
import type { CustomerEntity } from './entities/customer.entity';

export type CustomerContactRow = Pick<Columns<CustomerEntity>, 'id' | 'first_name' | 'name_prefix' | 'last_name' | 'email'>;

/** Where to write to customers, many at once (for modules that write to customers in batches). */
@Injectable()
export class CustomerContactsRepository extends SqlRepository {
  async contacts(organizationId: string, ids: string[]): Promise<CustomerContactRow[]> {
    const wanted = [...new Set(ids.filter((id) => isUuid(id)))];
    if (wanted.length === 0) return [];
    return this.rows<CustomerContactRow>(
      `SELECT id, first_name, name_prefix, last_name, email FROM customers WHERE organization_id = $1 AND id = ANY($2::uuid[])`,
      [organizationId, wanted],
    );
  }
}
