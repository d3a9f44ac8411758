export { referenceDataEntities } from './lib/entities';
export { ReferenceDataCoreModule, ReferenceDataModule } from './lib/reference-data.module';
export { TopicsService } from './lib/topics.service';
export { LocationsService } from './lib/locations.service';
export { TeamsService } from './lib/teams.service';
export { DEFAULT_TOPICS } from './lib/defaults';
export { seedDefaultTopics } from './lib/reference-data.repository';
export { LocationDto, TeamDto, TopicDto, TopicRefDto } from './lib/dto/reference-data.dto';
/** For the FK descriptions of the tables that point at them (contact log's cases and contacts); modules use the services. */
export { LocationEntity, TopicEntity } from './lib/entities';
