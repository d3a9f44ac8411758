import { CaseEventEntity } from './case-event.entity';
import { CaseEntity } from './case.entity';
import { ContactEntity } from './contact.entity';

export { CaseEventEntity, CaseEntity, ContactEntity };
export const contactLogEntities = [CaseEntity, ContactEntity, CaseEventEntity];
