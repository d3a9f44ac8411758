import { BullModule, InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { AuthService } from '../auth.service';
import { LoginThrottle } from '../login-throttle';
import { IDENTITY_QUEUE, IdentityJobName, IdentityJobs } from './queues';

@Processor(IDENTITY_QUEUE)
export class IdentityMaintenanceProcessor extends WorkerHost {
  private readonly logger = new Logger(IdentityMaintenanceProcessor.name);

  constructor(private readonly auth: AuthService) {
    super();
  }

  async process(job: Job<IdentityJobs[IdentityJobName], unknown, IdentityJobName>): Promise<{ removed: number }> {
    switch (job.name) {
      case 'purge-expired-sessions': {
        const removed = await this.auth.purgeExpiredSessions();
        this.logger.log(`Removed ${removed} ended session(s)`);
        return { removed };
      }
      default:
        throw new Error(`Unknown job ${String(job.name)} on ${IDENTITY_QUEUE}`);
    }
  }
}

/** Registers the repeatable jobs once per boot; upserting keeps one schedule however many workers run. */
@Injectable()
export class IdentityJobScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(IDENTITY_QUEUE) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      'purge-expired-sessions',
      { pattern: '17 3 * * *', tz: 'Europe/Amsterdam' },
      { name: 'purge-expired-sessions', data: {}, opts: { attempts: 3, backoff: { type: 'exponential', delay: 10_000 }, removeOnComplete: 100 } },
    );
  }
}

@Module({
  imports: [BullModule.registerQueue({ name: IDENTITY_QUEUE })],
  providers: [AuthService, LoginThrottle, IdentityMaintenanceProcessor, IdentityJobScheduler],
  exports: [BullModule],
})
export class IdentityJobsModule {}
