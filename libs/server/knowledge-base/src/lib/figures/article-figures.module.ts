import { Module } from '@nestjs/common';
import { ArticleFiguresRepository } from './article-figures.repository';
import { ArticleFiguresService } from './article-figures.service';

/** The knowledge base's figures alone (no controllers, no queues): what reporting imports. */
@Module({
  providers: [ArticleFiguresService, ArticleFiguresRepository],
  exports: [ArticleFiguresService],
})
export class ArticleFiguresModule {}
