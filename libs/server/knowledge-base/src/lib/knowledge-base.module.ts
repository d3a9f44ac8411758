import { Module } from '@nestjs/common';
import { ContactLogModule } from '@loket/server/contact-log';
import { IdentityModule } from '@loket/server/identity';
import { ArticlesController, PortalArticlesController } from './knowledge-base.controller';
import { KnowledgeBaseService } from './knowledge-base.service';

@Module({
  imports: [ContactLogModule, IdentityModule],
  controllers: [ArticlesController, PortalArticlesController],
  providers: [KnowledgeBaseService],
  exports: [KnowledgeBaseService],
})
export class KnowledgeBaseModule {}
