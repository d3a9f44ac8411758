export { callbackEntities } from './lib/entities';
export { CallbacksModule, CallbacksWorkerModule } from './lib/callbacks.module';
export { CallbacksService, DEFAULT_CALLBACK_SETTINGS } from './lib/callbacks.service';
export { CallbacksProcessor } from './lib/callbacks.processor';
export { CALLBACKS_QUEUE, stageBucketOf, stageJobId } from './lib/stages';
export { resolveWindow, nextOpenDayPart } from './lib/domain/schedule';
export { CallbacksPrivacy } from './lib/callbacks-privacy';
