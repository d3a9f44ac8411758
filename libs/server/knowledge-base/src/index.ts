export { knowledgeBaseEntities } from './lib/entities';
export { KnowledgeBaseModule } from './lib/knowledge-base.module';
export { KnowledgeBaseService } from './lib/knowledge-base.service';
export { readability, renderMarkdown } from './lib/text';
