import { Module } from '@nestjs/common';
import { CustomersController } from './customers.controller';
import { CustomersService } from './customers.service';
import { PortalCustomerController } from './portal.controller';
import { CustomerSearchService } from './search/customer-search.service';
import { CustomerOverviewSections } from './overview-sections';
import { CustomerContacts } from './customer-contacts';
import { CustomerContactsRepository } from './customer-contacts.repository';

@Module({
  controllers: [CustomersController, PortalCustomerController],
  providers: [CustomersService, CustomerSearchService, CustomerOverviewSections, CustomerContacts, CustomerContactsRepository],
  exports: [CustomersService, CustomerSearchService, CustomerOverviewSections, CustomerContacts],
})
export class CustomersModule {}
