export { contactLogEntities } from './lib/entities';
export { ContactArticleDirectory } from './lib/article-references';
export { ContactArticleUsage, type ArticleUsage } from './lib/article-usage';
export { ContactLogModule } from './lib/contact-log.module';
export { ContactLogService } from './lib/contact-log.service';
export { ContactLogPrivacy } from './lib/contact-log-privacy';
export { CaseFiguresModule } from './lib/figures/case-figures.module';
export { CaseFiguresService } from './lib/figures/case-figures.service';
export type { ResolutionFigures } from './lib/figures/case-figures.service';
