export { contactLogEntities } from './lib/entities';
export { ContactArticleDirectory } from './lib/article-references';
export { ContactLogModule } from './lib/contact-log.module';
export { ContactLogService } from './lib/contact-log.service';
export { DEFAULT_TOPICS, seedDefaultTopics } from './lib/defaults';
export { ContactLogPrivacy } from './lib/contact-log-privacy';
export { CaseFiguresModule } from './lib/figures/case-figures.module';
export { CaseFiguresService } from './lib/figures/case-figures.service';
export type { ResolutionFigures } from './lib/figures/case-figures.service';
