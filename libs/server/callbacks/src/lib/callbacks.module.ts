import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { OutboxModule } from '@loket/server/platform';
import { CustomersModule } from '@loket/server/customers';
import { ContactLogModule } from '@loket/server/contact-log';
import { IdentityCoreModule, IdentityModule, StaffDigestModule } from '@loket/server/identity';
import { SlaCoreModule } from '@loket/server/sla';
import { ReferenceDataCoreModule } from '@loket/server/reference-data';
import { WorklistCoreModule } from '@loket/server/worklist';
import { CallbackWorkSync } from './callback-work';
import { CallbacksController, PortalCallbacksController } from './callbacks.controller';
import { CallbacksProcessor, CallbacksReconcileScheduler } from './callbacks.processor';
import { CallbacksRepository } from './callbacks.repository';
import { CallbacksService } from './callbacks.service';
import { CALLBACKS_QUEUE, StageScheduler } from './stages';

/** For the API: callbacks, the team queue, the portal's callbacks. */
@Module({
  imports: [BullModule.registerQueue({ name: CALLBACKS_QUEUE }), CustomersModule, ContactLogModule, IdentityModule, SlaCoreModule, OutboxModule, ReferenceDataCoreModule, WorklistCoreModule],
  controllers: [CallbacksController, PortalCallbacksController],
  providers: [CallbacksService, CallbacksRepository, StageScheduler, CallbackWorkSync],
  exports: [CallbacksService, CallbacksRepository],
})
export class CallbacksModule {}

/** For the worker: reminders and escalations, the reconciler. */
@Module({
  imports: [BullModule.registerQueue({ name: CALLBACKS_QUEUE }), SlaCoreModule, OutboxModule, IdentityCoreModule, ReferenceDataCoreModule, StaffDigestModule, CustomersModule],
  providers: [CallbacksProcessor, CallbacksReconcileScheduler, CallbacksRepository, StageScheduler],
})
export class CallbacksWorkerModule {}
