export { ReportingModule, ReportingService } from './lib/reporting';
