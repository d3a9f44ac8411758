import { CaseEventEntity } from './case-event.entity';
import { CaseEntity } from './case.entity';
import { ContactEntity } from './contact.entity';
import { LocationEntity } from './location.entity';
import { TopicEntity } from './topic.entity';

export { CaseEventEntity, CaseEntity, ContactEntity, LocationEntity, TopicEntity };
export const contactLogEntities = [TopicEntity, LocationEntity, CaseEntity, ContactEntity, CaseEventEntity];
