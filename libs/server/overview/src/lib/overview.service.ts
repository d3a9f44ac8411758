import { Injectable } from '@nestjs/common';
import { Actor, isUuid } from '@loket/server/platform';
import { CustomersService } from '@loket/server/customers';
import { ContactLogService } from '@loket/server/contact-log';
import { CallbacksService } from '@loket/server/callbacks';
import type { CustomerOverviewDto } from './overview.dto';

/**
 * The 360° picture of one customer, composed above the modules: each module gives its own part
 * through its public service (the customer and contracts, open cases and recent contacts, open
 * callbacks). None of them knows the others are on the same screen.
 */
@Injectable()
export class CustomerOverviewService {
  constructor(
    private readonly customers: CustomersService,
    private readonly contactLog: ContactLogService,
    private readonly callbacks: CallbacksService,
  ) {}

  /** 404 when the customer is not this organization's. Who looked is recorded by the route (@ReadsCustomers). */
  async overview(actor: Actor, customerId: string): Promise<CustomerOverviewDto> {
    const org = actor.organizationId;
    // The parts are read side by side; a customer id that is no uuid fails in the customers module (404).
    const others = isUuid(customerId);
    const [profile, openCases, openCallbacks, recentContacts] = await Promise.all([
      this.customers.profile(actor, customerId),
      others ? this.contactLog.openCasesOf(org, customerId) : [],
      others ? this.callbacks.openCallbacksOf(org, customerId) : [],
      others ? this.contactLog.recentContactsOf(org, customerId) : [],
    ]);
    return { ...profile, openCases, openCallbacks, recentContacts };
  }
}
