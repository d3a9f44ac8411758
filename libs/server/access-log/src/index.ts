export { AccessLogModule } from './lib/access-log.module';
