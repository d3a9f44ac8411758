import { Module } from '@nestjs/common';
import { CallbackFiguresRepository } from './callback-figures.repository';
import { CallbackFiguresService } from './callback-figures.service';

/** The callbacks' figures alone (no controllers, no queues): what reporting imports. */
@Module({
  providers: [CallbackFiguresService, CallbackFiguresRepository],
  exports: [CallbackFiguresService],
})
export class CallbackFiguresModule {}
