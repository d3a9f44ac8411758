export { customersEntities } from './lib/entities';
export { CustomersModule } from './lib/customers.module';
export { CustomersService } from './lib/customers.service';
export { CustomerContacts } from './lib/customer-contacts';
export { CustomerSearchService } from './lib/search/customer-search.service';
export { customerNameTokens, nameSortKey, tokenRankKey, normalizePhone, normalizePostcode, foldText } from './lib/normalize';
export { CustomerOverviewSections } from './lib/overview-sections';
export { CustomerPrivacy, ERASED_FIRST_NAME, ERASED_LAST_NAME, type CustomerRecordExport } from './lib/customer-privacy';
