import { Module } from '@nestjs/common';
import { CaseFiguresRepository } from './case-figures.repository';
import { CaseFiguresService } from './case-figures.service';

/** The contact log's figures alone (no controllers, no other modules): what reporting imports. */
@Module({
  providers: [CaseFiguresService, CaseFiguresRepository],
  exports: [CaseFiguresService],
})
export class CaseFiguresModule {}
