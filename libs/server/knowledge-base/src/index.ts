export { knowledgeBaseEntities } from './lib/entities';
export { KnowledgeBaseModule, KnowledgeBasePrivacyModule, KnowledgeBaseWorkerModule } from './lib/knowledge-base.module';
export { KNOWLEDGE_BASE_QUEUE, ReviewReminderProcessor } from './lib/review.processor';
export { KnowledgeBaseService } from './lib/knowledge-base.service';
export { readability, renderMarkdown } from './lib/text';
export { SearchLog } from './lib/search-log';
export { KnowledgeBasePrivacy } from './lib/knowledge-base-privacy';
export { maskPersonalData } from './lib/personal-data';
export { ArticleFiguresModule } from './lib/figures/article-figures.module';
export { ArticleFiguresService } from './lib/figures/article-figures.service';
/** For the benchmarks' bare handlers only (they run the very same SQL); modules go through KnowledgeBaseService. */
export { ArticlesRepository } from './lib/repositories/articles.repository';
export { SearchRepository } from './lib/repositories/search.repository';
