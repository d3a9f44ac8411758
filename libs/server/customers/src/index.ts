export { customersEntities } from './lib/entities';
export { CustomersModule } from './lib/customers.module';
export { CustomersService, type CustomerProfile } from './lib/customers.service';
export { CustomerContacts } from './lib/customer-contacts';
export { CustomerSearchService } from './lib/search/customer-search.service';
export { customerNameTokens, customerSearchTokens, nameSortKey, tokenRankKey, normalizePhone, normalizePostcode, foldText } from './lib/normalize';
export { AddressResponseDto, ContractDto, CustomerDto, PortalCustomerDto } from './lib/dto/customer.dto';
export { CustomerPrivacy, ERASED_FIRST_NAME, ERASED_LAST_NAME, type CustomerRecordExport } from './lib/customer-privacy';
export {
  ExternalRecordsService, type ExternalAddress, type ExternalContractInput, type ExternalCustomerInput, type ExternalUnitInput, type IfVersion,
  type RecordChange, type UpsertActor, type UpsertOutcome, type UpsertRejection, type UpsertResult,
} from './lib/external/external-records.service';
export { parseIfMatch, type FieldChanges } from './lib/external/domain/upsert-rules';
export { CustomerUpdatedEventDto, CustomerContactDetailsDto, CUSTOMER_EVENT_FIELDS, type CustomerEventField } from './lib/events/customer-events';
