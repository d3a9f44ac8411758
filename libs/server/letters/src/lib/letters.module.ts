import { Module } from '@nestjs/common';
import { OutboxModule } from '@loket/server/platform';
import { CustomersModule } from '@loket/server/customers';
import { IdentityModule } from '@loket/server/identity';
import { LettersController } from './letters.controller';
import { LettersService } from './letters.service';

/** The print list: letters (outbox messages with channel letter) as PDFs, marked printed in batches. */
@Module({
  imports: [CustomersModule, IdentityModule, OutboxModule],
  controllers: [LettersController],
  providers: [LettersService],
})
export class LettersModule {}
