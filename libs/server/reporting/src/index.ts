export { ReportingModule } from './lib/reporting.module';
export { ReportingService } from './lib/reporting.service';
