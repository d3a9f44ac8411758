import { Module } from '@nestjs/common';
import { ClockFiguresRepository } from './clock-figures.repository';
import { ClockFiguresService } from './clock-figures.service';

/** The clocks' figures alone (no controllers, no queues): what reporting imports. */
@Module({
  providers: [ClockFiguresService, ClockFiguresRepository],
  exports: [ClockFiguresService],
})
export class ClockFiguresModule {}
