export { OverviewModule } from './lib/overview.module';
export { CustomerOverviewService } from './lib/overview.service';
export { CustomerOverviewDto } from './lib/overview.dto';
