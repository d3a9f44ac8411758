import { Module } from '@nestjs/common';
import { CustomersController } from './customers.controller';
import { CustomersService } from './customers.service';
import { PortalCustomerController } from './portal.controller';
import { CustomerSearchService } from './search/customer-search.service';
import { CustomerOverviewSections } from './overview-sections';

@Module({
  controllers: [CustomersController, PortalCustomerController],
  providers: [CustomersService, CustomerSearchService, CustomerOverviewSections],
  exports: [CustomersService, CustomerSearchService, CustomerOverviewSections],
})
export class CustomersModule {}
