import { LocationEntity } from './location.entity';
import { TeamEntity } from './team.entity';
import { TopicEntity } from './topic.entity';

export { LocationEntity, TeamEntity, TopicEntity };
export const referenceDataEntities = [TopicEntity, LocationEntity, TeamEntity];
