import { Injectable } from '@nestjs/common';
import { SqlRepository } from '../database/repository';

/** The health check's one statement: does PostgreSQL answer? */
@Injectable()
export class HealthRepository extends SqlRepository {
  async ping(): Promise<void> {
    await this.rows('SELECT 1');
  }
}
