import type { Queue } from 'bullmq';
import { JOBS, jobOptions, jobs, type JobKey } from './jobs';

const fakeQueue = (name: string) => {
  const added: unknown[][] = [];
  const queue = { name, add: async (...args: unknown[]) => added.push(args), addBulk: async (...args: unknown[]) => added.push(args) } as unknown as Queue;
  return { queue, added };
};

describe('the job registry', () => {
  it('gives every job explicit attempts and keeps its failed jobs', () => {
    for (const [queue, names] of Object.entries(JOBS)) {
      for (const [name, options] of Object.entries(names)) {
        expect({ job: `${queue}/${name}`, attempts: typeof options.attempts }).toEqual({ job: `${queue}/${name}`, attempts: 'number' });
        expect({ job: `${queue}/${name}`, keepsFailed: options.removeOnFail !== true && options.removeOnFail !== 0 }).toEqual({ job: `${queue}/${name}`, keepsFailed: true });
      }
    }
  });

  it.each<[JobKey, object]>([
    ['outbox/deliver', { attempts: 6, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: true, removeOnFail: false }],
    ['sla/recalculate', { attempts: 3, removeOnComplete: true, removeOnFail: false }],
    ['sla/breach-check', { attempts: 5, removeOnComplete: true, removeOnFail: 100 }],
    ['callbacks/stage-check', { attempts: 5, removeOnComplete: true, removeOnFail: 100 }],
    ['privacy/apply-retention', { removeOnComplete: 10, removeOnFail: 50 }],
  ])('%s gets its defaults', (key, expected) => {
    expect(jobOptions(key)).toMatchObject(expected);
  });

  it('adds the id and the delay to the defaults', () => {
    expect(jobOptions('outbox/deliver', { jobId: 'm1', delay: 500 })).toMatchObject({ jobId: 'm1', delay: 500, attempts: 6 });
    expect(jobOptions('outbox/deliver')).not.toHaveProperty('jobId');
  });

  it('puts a job on its queue with the defaults', async () => {
    const { queue, added } = fakeQueue('sla');
    await jobs.add(queue, 'sla/recalculate', { recalculationId: 'r1' }, { jobId: 'recalculate-r1' });
    expect(added).toEqual([['recalculate', { recalculationId: 'r1' }, expect.objectContaining({ jobId: 'recalculate-r1', attempts: 3 })]]);
  });

  it('refuses a job on another queue', () => {
    const { queue } = fakeQueue('callbacks');
    expect(() => jobs.add(queue, 'sla/recalculate', { recalculationId: 'r1' })).toThrow('Job sla/recalculate put on queue callbacks');
  });

  it('types the payload by queue and job', () => {
    const { queue } = fakeQueue('outbox');
    // @ts-expect-error the deliver job carries a message id
    void jobs.add(queue, 'outbox/deliver', { recalculationId: 'r1' });
    // @ts-expect-error no such job
    void jobs.add(queue, 'outbox/send', {});
    expect(true).toBe(true);
  });
});
