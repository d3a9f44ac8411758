import { Module } from '@nestjs/common';
import { EventLogModule } from '@loket/server/platform';
import { CustomersController } from './customers.controller';
import { CustomersService } from './customers.service';
import { CustomersRepository } from './customers.repository';
import { CustomerPrivacy } from './customer-privacy';
import { PortalCustomerController } from './portal.controller';
import { CustomerSearchService } from './search/customer-search.service';
import { CustomerSearchRepository } from './search/customer-search.repository';
import { CustomerContacts } from './customer-contacts';
import { CustomerContactsRepository } from './customer-contacts.repository';
import { ExternalRecordsService } from './external/external-records.service';
import { ExternalRecordsRepository } from './external/external-records.repository';

@Module({
  // Changes made in Loket are told to integrations (customer.updated); modules that import this one publish theirs too.
  imports: [EventLogModule],
  controllers: [CustomersController, PortalCustomerController],
  providers: [CustomersService, CustomerSearchService, CustomerPrivacy, CustomersRepository, CustomerSearchRepository, CustomerContacts, CustomerContactsRepository, ExternalRecordsService, ExternalRecordsRepository],
  // The repository is exported only for modules that still provide CustomerPrivacy themselves (privacy); no module imports its class.
  exports: [EventLogModule, CustomersService, CustomerSearchService, CustomerPrivacy, CustomersRepository, CustomerContacts, ExternalRecordsService],
})
export class CustomersModule {}
