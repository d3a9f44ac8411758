import { Module } from '@nestjs/common';
import { CustomersModule } from '@loket/server/customers';
import { IdentityDirectoryModule } from '@loket/server/identity';
import { ReferenceDataCoreModule } from '@loket/server/reference-data';
import { WorklistController } from './worklist.controller';
import { WorklistRepository } from './worklist.repository';
import { WorklistService } from './worklist.service';
import { WorkItemsService } from './work-items.service';
import { WorklistCountsCache } from './counts-cache';

/** The worklists' write side, for the modules that own the facts (and the worker). */
@Module({
  providers: [WorklistRepository, WorkItemsService, WorklistCountsCache],
  exports: [WorkItemsService, WorklistCountsCache],
})
export class WorklistCoreModule {}

/** For the API: GET /worklist. */
@Module({
  imports: [WorklistCoreModule, CustomersModule, IdentityDirectoryModule, ReferenceDataCoreModule],
  controllers: [WorklistController],
  providers: [WorklistRepository, WorklistService],
})
export class WorklistModule {}
