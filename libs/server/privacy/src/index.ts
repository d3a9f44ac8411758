export { privacyEntities } from './lib/retention.entity';
export { PrivacyModule, PrivacyWorkerModule } from './lib/privacy.module';
export { PrivacyService } from './lib/privacy.service';
export { RetentionService, type RetentionRun } from './lib/retention.service';
export { PRIVACY_QUEUE, RETENTION_EVERY_MS, type PrivacyJobs } from './lib/retention.processor';
export { printable, renderExportPdf } from './lib/export-pdf';
export { pdfText } from './lib/pdf-text';
