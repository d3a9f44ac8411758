import { Module } from '@nestjs/common';
import { CustomersModule } from '@loket/server/customers';
import { ContactLogModule } from '@loket/server/contact-log';
import { CallbacksModule } from '@loket/server/callbacks';
import { CustomerOverviewController } from './overview.controller';
import { CustomerOverviewService } from './overview.service';

/** Screens that show several modules at once (the 360° overview), composed from their public services. */
@Module({
  imports: [CustomersModule, ContactLogModule, CallbacksModule],
  controllers: [CustomerOverviewController],
  providers: [CustomerOverviewService],
  exports: [CustomerOverviewService],
})
export class OverviewModule {}
