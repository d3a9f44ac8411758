import { ContractEntity } from './contract.entity';
import { ContractPartyEntity } from './contract-party.entity';
import { RecordHistoryEntity } from './record-history.entity';
import { CustomerMarkerEntity } from './customer-marker.entity';
import { CustomerPhoneNumberEntity } from './customer-phone-number.entity';
import { CustomerEntity } from './customer.entity';
import { CustomerSearchTokenEntity, SearchTokenDictionaryEntity } from './search-token.entity';
import { UnitEntity } from './unit.entity';

export {
  ContractEntity, CustomerMarkerEntity, CustomerPhoneNumberEntity, CustomerEntity,
  CustomerSearchTokenEntity, SearchTokenDictionaryEntity, UnitEntity, ContractPartyEntity, RecordHistoryEntity,
};

export const customersEntities = [
  CustomerEntity, CustomerPhoneNumberEntity, CustomerMarkerEntity, UnitEntity, ContractEntity,
  CustomerSearchTokenEntity, SearchTokenDictionaryEntity, ContractPartyEntity, RecordHistoryEntity,
];
