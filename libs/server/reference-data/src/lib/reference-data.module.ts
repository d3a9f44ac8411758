import { Module } from '@nestjs/common';
import { IdentityDirectoryModule } from '@loket/server/identity';
import { LocationsController, TeamsController, TopicsController } from './reference-data.controllers';
import { LocationsService } from './locations.service';
import { ReferenceDataRepository } from './reference-data.repository';
import { TeamsService } from './teams.service';
import { TopicsService } from './topics.service';

const services = [TopicsService, LocationsService, TeamsService];

/** Reference data without HTTP: for the modules that use the lists, and the worker. */
@Module({
  imports: [IdentityDirectoryModule],
  providers: [ReferenceDataRepository, ...services],
  exports: services,
})
export class ReferenceDataCoreModule {}

/** For the API: the lists and their admin edits. */
@Module({
  imports: [ReferenceDataCoreModule],
  controllers: [TopicsController, LocationsController, TeamsController],
  exports: [ReferenceDataCoreModule],
})
export class ReferenceDataModule {}
