export { contactLogEntities } from './lib/entities';
export { ContactArticleDirectory } from './lib/article-references';
export { ContactLogModule } from './lib/contact-log.module';
export { ContactLogService } from './lib/contact-log.service';
export { CaseSubjects } from './lib/case-subjects';
export { DEFAULT_TOPICS, seedDefaultTopics } from './lib/defaults';
export { ContactLogPrivacy } from './lib/contact-log-privacy';
