import type { Job, JobsOptions, Queue } from 'bullmq';

type Empty = Record<string, never>;

/**
 * Every queue, its jobs and their payloads. Payloads carry ids (or a due bucket) only: the
 * processor re-reads the rows and checks their state before acting.
 */
export interface JobPayloads {
  outbox: { deliver: { messageId: string }; reconcile: Empty };
  sla: { 'breach-check': { bucket: number }; recalculate: { recalculationId: string }; reconcile: Empty };
  callbacks: { 'stage-check': { bucket: number }; reconcile: Empty };
  'knowledge-base': { 'review-reminders': Empty };
  privacy: { 'apply-retention': Empty };
  webhooks: { pump: Empty; reconcile: Empty };
}

export type QueueName = keyof JobPayloads;
export type JobName<Q extends QueueName> = keyof JobPayloads[Q] & string;
/** A job by its queue and name: `'sla/recalculate'`. */
export type JobKey = { [Q in QueueName]: `${Q}/${JobName<Q>}` }[QueueName];
type QueueOf<K extends JobKey> = K extends `${infer Q extends QueueName}/${string}` ? Q : never;
type NameOf<K extends JobKey> = K extends `${QueueOf<K>}/${infer N}` ? N : never;
export type JobPayload<K extends JobKey> = K extends JobKey ? (NameOf<K> extends keyof JobPayloads[QueueOf<K>] ? JobPayloads[QueueOf<K>][NameOf<K>] : never) : never;

/** A job a queue's processor receives: its name tells its payload (`switch (job.name)` narrows `job.data`). */
export type QueueJob<Q extends QueueName> = { [N in JobName<Q>]: Job<JobPayloads[Q][N], unknown, N> }[JobName<Q>];

type JobDefaults = Pick<JobsOptions, 'attempts' | 'backoff' | 'removeOnComplete' | 'removeOnFail'>;

const exponential = (delay: number) => ({ type: 'exponential' as const, delay });

/** A job that is made once for one row (a message, a recalculation): failed ones are kept to be looked at. */
const ONE_OFF = { removeOnComplete: true, removeOnFail: false } as const;
/**
 * A set-based check at a due moment (one per second-bucket) and a repeatable job (a reconciler, every
 * minute or hour): they recur, and a failure repeats until its cause is fixed, so the latest failed
 * ones are kept (enough to see why), not all.
 */
const DUE_BUCKET: JobDefaults = { attempts: 5, backoff: exponential(1_000), removeOnComplete: true, removeOnFail: 100 };
const REPEATABLE: JobDefaults = { attempts: 1, removeOnComplete: 10, removeOnFail: 50 };

/** The default options of every job: attempts, backoff and how long a finished job is kept. */
export const JOBS: { [Q in QueueName]: { [N in JobName<Q>]: JobDefaults } } = {
  outbox: {
    // An e-mail: the mail server may be away for a while.
    deliver: { attempts: 6, backoff: exponential(5_000), ...ONE_OFF },
    reconcile: REPEATABLE,
  },
  sla: {
    'breach-check': DUE_BUCKET,
    recalculate: { attempts: 3, backoff: exponential(1_000), ...ONE_OFF },
    reconcile: REPEATABLE,
  },
  callbacks: { 'stage-check': DUE_BUCKET, reconcile: REPEATABLE },
  'knowledge-base': { 'review-reminders': REPEATABLE },
  privacy: { 'apply-retention': REPEATABLE },
  // The pump fans out the event log to the subscriptions and delivers what is due; it is woken after a
  // commit and runs on a schedule too, so a lost wake-up only delays.
  webhooks: { pump: { attempts: 1, removeOnComplete: true, removeOnFail: 20 }, reconcile: REPEATABLE },
};

function split(key: JobKey): { queue: QueueName; name: string } {
  const at = key.lastIndexOf('/');
  return { queue: key.slice(0, at) as QueueName, name: key.slice(at + 1) };
}

/** The registry's options for a job, with this job's id and delay. */
export function jobOptions(key: JobKey, opts: { jobId?: string; delay?: number } = {}): JobsOptions {
  const { queue, name } = split(key);
  const defaults = (JOBS[queue] as Record<string, JobDefaults>)[name];
  return { ...defaults, ...(opts.jobId === undefined ? {} : { jobId: opts.jobId }), ...(opts.delay === undefined ? {} : { delay: opts.delay }) };
}

function checkQueue(queue: Queue, key: JobKey): string {
  const { queue: expected, name } = split(key);
  if (queue.name !== expected) throw new Error(`Job ${key} put on queue ${queue.name}`);
  return name;
}

/**
 * The one way to put a job on a queue: typed by the registry (queue → job → payload), with its
 * default options. `jobId` makes it idempotent; `delay` holds it until a moment.
 * Call it after the commit (`afterCommit`), never inside a transaction.
 */
export const jobs = {
  add<K extends JobKey>(queue: Queue, key: K, payload: JobPayload<K>, opts: { jobId?: string; delay?: number } = {}) {
    return queue.add(checkQueue(queue, key), payload, jobOptions(key, opts));
  },
  addBulk<K extends JobKey>(queue: Queue, key: K, entries: { payload: JobPayload<K>; jobId?: string; delay?: number }[]) {
    const name = checkQueue(queue, key);
    return queue.addBulk(entries.map((e) => ({ name, data: e.payload, opts: jobOptions(key, e) })));
  },
};
