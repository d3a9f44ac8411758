import type { CaseStatus, ContactDirection, ContactOutcome } from '@loket/shared/contracts';
import {
  CaseRuleViolation, beforeContact, changeStatus, countContact, firstContactResolution, isOpen, isResolved, openCase, resolveCase, resolvedInFirstContact,
  type CaseState, type FirstContactVerdict,
} from './case-lifecycle';

const at = new Date('2026-03-02T09:00:00Z');
const earlier = new Date('2026-02-27T10:00:00Z');

function state(status: CaseStatus, over: Partial<CaseState> = {}): CaseState {
  const resolvedNow = status === 'resolved' || status === 'closed';
  return {
    status,
    contactCount: 2,
    contactsAtResolution: resolvedNow ? 2 : null,
    answerSummary: resolvedNow ? 'Het antwoord' : null,
    resolvedAt: resolvedNow ? earlier : null,
    closedAt: status === 'closed' ? earlier : null,
    ...over,
  };
}

describe('case lifecycle', () => {
  describe('openCase', () => {
    it.each([
      { answered: false, status: 'open', events: ['opened'], clock: ['start'], contactsAtResolution: null, answerSummary: null, resolvedAt: null },
      { answered: true, status: 'resolved', events: ['opened', 'resolved'], clock: ['start', 'stop'], contactsAtResolution: 1, answerSummary: 'Uitgelegd', resolvedAt: at },
    ])('answered=$answered → $status, events $events, clock $clock', ({ answered, status, events, clock, contactsAtResolution, answerSummary, resolvedAt }) => {
      const t = openCase({ answered, summary: 'Uitgelegd', at });
      expect(t.state).toEqual({ status, contactCount: 1, contactsAtResolution, answerSummary, resolvedAt, closedAt: null });
      expect(t.events.map((e) => e.type)).toEqual(events);
      expect(t.events.every((e) => e.at === at)).toBe(true);
      expect(t.clock).toEqual(clock);
    });

    it('resolved in the opening contact is a first-contact resolution', () => {
      expect(resolvedInFirstContact({ ...openCase({ answered: true, summary: 'x', at }).state, openedAt: at })).toBe(true);
      expect(resolvedInFirstContact({ ...openCase({ answered: false, summary: 'x', at }).state, openedAt: at })).toBeNull();
    });
  });

  describe('beforeContact', () => {
    it.each<{ status: CaseStatus; direction: ContactDirection; to: CaseStatus | null; event: string | null }>([
      { status: 'open', direction: 'inbound', to: null, event: null },
      { status: 'open', direction: 'outbound', to: null, event: null },
      { status: 'waiting_for_customer', direction: 'inbound', to: 'open', event: 'status_changed' },
      { status: 'waiting_for_customer', direction: 'outbound', to: null, event: null },
      { status: 'resolved', direction: 'inbound', to: 'open', event: 'reopened' },
      { status: 'resolved', direction: 'outbound', to: 'open', event: 'reopened' },
    ])('$status + $direction contact → $to ($event)', ({ status, direction, to, event }) => {
      const t = beforeContact(state(status), direction);
      if (to === null) return expect(t).toBeNull();
      expect(t?.state.status).toBe(to);
      expect(t?.events).toEqual([{ type: event, from: status, to }]);
      expect(t?.clock).toEqual(['resume']);
    });

    it('reopening forgets the answer, keeps the count', () => {
      const t = beforeContact(state('resolved'), 'inbound');
      expect(t?.state).toMatchObject({ contactCount: 2, contactsAtResolution: null, answerSummary: null, resolvedAt: null });
    });

    it.each<ContactDirection>(['inbound', 'outbound'])('a closed case takes no %s contact', (direction) => {
      expect(() => beforeContact(state('closed'), direction)).toThrow(expect.objectContaining({ code: 'case-closed' }));
    });
  });

  describe('countContact', () => {
    it.each<{ direction: ContactDirection; answered: boolean; byEmployee: boolean; status: CaseStatus; events: string[]; clock: string[] }>([
      { direction: 'inbound', answered: false, byEmployee: true, status: 'open', events: [], clock: [] },
      { direction: 'outbound', answered: false, byEmployee: true, status: 'open', events: [], clock: ['first_response'] },
      { direction: 'outbound', answered: false, byEmployee: false, status: 'open', events: [], clock: [] },
      { direction: 'inbound', answered: true, byEmployee: true, status: 'resolved', events: ['resolved'], clock: ['stop'] },
      { direction: 'outbound', answered: true, byEmployee: true, status: 'resolved', events: ['resolved'], clock: ['stop'] },
    ])('$direction, answered=$answered, employee=$byEmployee → $status, clock $clock', ({ direction, answered, byEmployee, status, events, clock }) => {
      const t = countContact(state('open'), { direction, answered, byEmployee, summary: 'Antwoord', at });
      expect(t.state.status).toBe(status);
      expect(t.state.contactCount).toBe(3);
      expect(t.events.map((e) => e.type)).toEqual(events);
      expect(t.clock).toEqual(clock);
    });

    it.each([
      { before: 0, fcr: true },
      { before: 1, fcr: false },
      { before: 4, fcr: false },
    ])('an answer in contact number $before + 1 → first-contact resolution $fcr', ({ before, fcr }) => {
      const t = countContact(state('open', { contactCount: before }), { direction: 'inbound', answered: true, byEmployee: true, summary: 'Antwoord', at });
      expect(t.state).toMatchObject({ contactsAtResolution: before + 1, answerSummary: 'Antwoord', resolvedAt: at });
      expect(resolvedInFirstContact({ ...t.state, openedAt: at })).toBe(fcr);
    });
  });

  describe('changeStatus', () => {
    it.each<{ from: CaseStatus; to: CaseStatus; event: string; clock: string[]; keepsAnswer: boolean }>([
      { from: 'open', to: 'waiting_for_customer', event: 'status_changed', clock: ['pause'], keepsAnswer: true },
      { from: 'waiting_for_customer', to: 'open', event: 'status_changed', clock: ['resume'], keepsAnswer: true },
      { from: 'resolved', to: 'open', event: 'reopened', clock: ['resume'], keepsAnswer: false },
      { from: 'resolved', to: 'waiting_for_customer', event: 'reopened', clock: ['resume', 'pause'], keepsAnswer: false },
      { from: 'resolved', to: 'closed', event: 'status_changed', clock: [], keepsAnswer: true },
    ])('$from → $to: $event, clock $clock', ({ from, to, event, clock, keepsAnswer }) => {
      const before = state(from);
      const t = changeStatus(before, to, at);
      expect(t?.state.status).toBe(to);
      expect(t?.events).toEqual([{ type: event, from, to, at }]);
      expect(t?.clock).toEqual(clock);
      expect(t?.state.answerSummary === before.answerSummary).toBe(keepsAnswer);
      expect(t?.state.closedAt).toEqual(to === 'closed' ? at : null);
    });

    it.each<{ from: CaseStatus; to: CaseStatus; code: string }>([
      { from: 'closed', to: 'open', code: 'case-closed' },
      { from: 'closed', to: 'resolved', code: 'case-closed' },
      { from: 'open', to: 'closed', code: 'case-not-resolved' },
      { from: 'waiting_for_customer', to: 'closed', code: 'case-not-resolved' },
    ])('$from → $to is refused ($code)', ({ from, to, code }) => {
      expect(() => changeStatus(state(from), to, at)).toThrow(CaseRuleViolation);
      expect(() => changeStatus(state(from), to, at)).toThrow(expect.objectContaining({ code }));
    });

    it.each<CaseStatus>(['open', 'waiting_for_customer', 'resolved', 'closed'])('%s → the same status changes nothing', (s) => {
      expect(changeStatus(state(s), s, at)).toBeNull();
    });
  });

  describe('resolveCase', () => {
    it.each<CaseStatus>(['open', 'waiting_for_customer'])('%s → resolved with the answer, counted contacts, clock stopped', (from) => {
      const t = resolveCase(state(from, { contactCount: 3 }), 'Opgelost', at);
      expect(t.state).toMatchObject({ status: 'resolved', answerSummary: 'Opgelost', contactsAtResolution: 3, resolvedAt: at });
      expect(t.events).toEqual([{ type: 'resolved', from, to: 'resolved', at }]);
      expect(t.clock).toEqual(['stop']);
    });

    it('an answer sent to the customer is one of the question\'s contacts (R6: intake and answer are two)', () => {
      const t = resolveCase(state('open', { contactCount: 1 }), 'Uw kraan wordt maandag vervangen.', at, true);
      expect(t.state).toMatchObject({ status: 'resolved', contactCount: 2, contactsAtResolution: 2 });
    });

    it.each<CaseStatus>(['resolved', 'closed'])('%s cannot be resolved again', (from) => {
      expect(() => resolveCase(state(from), 'Opgelost', at)).toThrow(expect.objectContaining({ code: 'case-already-resolved' }));
    });
  });

  it.each<{ status: CaseStatus; open: boolean; resolved: boolean }>([
    { status: 'open', open: true, resolved: false },
    { status: 'waiting_for_customer', open: true, resolved: false },
    { status: 'resolved', open: false, resolved: true },
    { status: 'closed', open: false, resolved: true },
  ])('$status: open=$open, resolved=$resolved', ({ status, open, resolved }) => {
    expect(isOpen(status)).toBe(open);
    expect(isResolved(status)).toBe(resolved);
  });

  it.each([
    { status: 'open' as const, contactsAtResolution: null, resolvedAt: null, fcr: null },
    { status: 'resolved' as const, contactsAtResolution: 1, resolvedAt: earlier, fcr: true },
    { status: 'closed' as const, contactsAtResolution: 1, resolvedAt: earlier, fcr: true },
    { status: 'closed' as const, contactsAtResolution: 3, resolvedAt: at, fcr: false },
    { status: 'resolved' as const, contactsAtResolution: null, resolvedAt: null, fcr: null },
    // The only contact agreed a callback; staff resolved the case later: not answered in the first contact.
    { status: 'resolved' as const, contactsAtResolution: 1, resolvedAt: at, fcr: false },
  ])('first-contact resolution of $status after $contactsAtResolution contact(s), resolved $resolvedAt: $fcr', ({ status, contactsAtResolution, resolvedAt, fcr }) => {
    expect(resolvedInFirstContact({ status, contactsAtResolution, resolvedAt, openedAt: earlier })).toBe(fcr);
  });

  it('a callback agreed in the only contact, the case resolved afterwards by staff: not resolved in the first contact', () => {
    const opened = openCase({ answered: false, summary: 'Terugbellen afgesproken', at: earlier });
    const resolved = resolveCase(opened.state, 'Uitgelegd aan de telefoon', at);
    expect(resolved.state.contactsAtResolution).toBe(1);
    expect(resolvedInFirstContact({ ...resolved.state, openedAt: earlier })).toBe(false);
  });

  describe('firstContactResolution (R5: answered, and the customer did not come back within 5 working days)', () => {
    const windowEnd = new Date('2026-03-09T16:00:00Z');
    const before = new Date('2026-03-05T10:00:00Z');
    const after = new Date('2026-03-12T10:00:00Z');
    it.each<{ case: string; firstOutcome: ContactOutcome | null; returnedAt: Date | null; now: Date; verdict: FirstContactVerdict }>([
      { case: 'answered, nobody came back, window over', firstOutcome: 'answered', returnedAt: null, now: after, verdict: 'yes' },
      { case: 'answered, came back within the window', firstOutcome: 'answered', returnedAt: before, now: after, verdict: 'no' },
      { case: 'answered, came back at the very end of the window', firstOutcome: 'answered', returnedAt: windowEnd, now: after, verdict: 'no' },
      { case: 'answered, came back after the window', firstOutcome: 'answered', returnedAt: after, now: after, verdict: 'yes' },
      { case: 'answered, window still running', firstOutcome: 'answered', returnedAt: null, now: before, verdict: 'not_yet_known' },
      { case: 'answered, came back while the window runs', firstOutcome: 'answered', returnedAt: before, now: before, verdict: 'no' },
      { case: 'callback agreed', firstOutcome: 'callback_agreed', returnedAt: null, now: after, verdict: 'no' },
      { case: 'callback agreed, window running', firstOutcome: 'callback_agreed', returnedAt: null, now: before, verdict: 'no' },
      { case: 'forwarded', firstOutcome: 'forwarded', returnedAt: null, now: after, verdict: 'no' },
      { case: 'appointment made', firstOutcome: 'appointment_made', returnedAt: null, now: after, verdict: 'no' },
      { case: 'no contact at all', firstOutcome: null, returnedAt: null, now: after, verdict: 'no' },
    ])('$case → $verdict', ({ firstOutcome, returnedAt, now, verdict }) => {
      expect(firstContactResolution({ firstOutcome, returnedAt }, windowEnd, now)).toBe(verdict);
    });
  });
});
