import { WorklistCoreModule } from '@loket/server/worklist';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { OutboxModule } from '@loket/server/platform';
import { IdentityCoreModule, StaffDigestModule } from '@loket/server/identity';
import { ReferenceDataCoreModule } from '@loket/server/reference-data';
import { BreachScheduler, SLA_QUEUE } from './breaches';
import { SlaClockService } from './clock.service';
import { SlaController } from './sla.controller';
import { SlaReconcileScheduler, SlaProcessor } from './sla.processor';
import { SlaDirectory, SlaSettingsService } from './sla-settings.service';
import { SlaService } from './sla.service';
import { SlaRepository } from './sla.repository';

/** Shared by API and worker: settings, the clocks and the breach scheduler. */
@Module({
  imports: [BullModule.registerQueue({ name: SLA_QUEUE }), ReferenceDataCoreModule],
  providers: [SlaRepository, SlaSettingsService, SlaDirectory, BreachScheduler, SlaClockService],
  exports: [SlaRepository, SlaSettingsService, SlaDirectory, BreachScheduler, SlaClockService, BullModule],
})
export class SlaCoreModule {}

/** For the API: calendar, policies, preview, and the clock service the contact log drives. */
@Module({
  imports: [SlaCoreModule],
  controllers: [SlaController],
  providers: [SlaService],
  exports: [SlaCoreModule],
})
export class SlaModule {}

/** For the worker: breach checks, recalculations, the reconciler and staff notifications. */
@Module({
  imports: [SlaCoreModule, OutboxModule, IdentityCoreModule, StaffDigestModule, WorklistCoreModule],
  providers: [SlaProcessor, SlaReconcileScheduler],
})
export class SlaWorkerModule {}
