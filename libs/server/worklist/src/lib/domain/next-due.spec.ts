import { nextCaseDue } from './next-due';

const A = '2026-12-07T10:00:00.000Z';
const B = '2026-12-09T16:00:00.000Z';

describe('the next due moment of a case', () => {
  it.each([
    ['no clock', null, null, null],
    ['first response pending', { state: 'running', firstResponseDueAt: A, firstRespondedAt: null, dueAt: B }, A, 'first_response'],
    ['first response given', { state: 'running', firstResponseDueAt: A, firstRespondedAt: A, dueAt: B }, B, 'resolution'],
    ['answer due before the first response', { state: 'running', firstResponseDueAt: B, firstRespondedAt: null, dueAt: A }, A, 'resolution'],
    ['only an answer target', { state: 'running', firstResponseDueAt: null, firstRespondedAt: null, dueAt: B }, B, 'resolution'],
    ['only a first-response target, given', { state: 'running', firstResponseDueAt: A, firstRespondedAt: A, dueAt: null }, null, null],
    ['paused: the due moment still shows', { state: 'paused', firstResponseDueAt: A, firstRespondedAt: A, dueAt: B }, B, 'resolution'],
    ['stopped', { state: 'stopped', firstResponseDueAt: A, firstRespondedAt: null, dueAt: B }, null, null],
  ] as const)('%s', (_name, clock, dueAt, dueTarget) => {
    const r = nextCaseDue(clock);
    expect(r.dueAt?.toISOString() ?? null).toBe(dueAt);
    expect(r.dueTarget).toBe(dueTarget);
  });
});
