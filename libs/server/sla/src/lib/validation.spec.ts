import { validateCalendar, validatePolicies } from './validation';

const week = (mon: unknown[]) => ({ mon, tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] });
const fields = (r: { errors: { field: string }[] }) => r.errors.map((e) => e.field);

describe('calendar validation', () => {
  it('accepts split shifts, appointment-only afternoons and a marked overnight interval', () => {
    const r = validateCalendar(
      { timeZone: 'Europe/Amsterdam', openingHours: { ...week([['08:30', '12:00'], { from: '13:00', to: '17:00', appointmentOnly: true }]), sun: [{ from: '22:00', to: '02:00', overnight: true }] } },
      [],
    );
    expect(r.errors).toEqual([]);
    expect(r.calendar.openingHours.mon).toEqual([['08:30', '12:00'], { from: '13:00', to: '17:00', appointmentOnly: true }]);
  });

  it('finds an overnight Sunday interval overlapping Monday morning (around the week)', () => {
    const r = validateCalendar({ openingHours: { ...week([['01:00', '09:00']]), sun: [{ from: '22:00', to: '02:00', overnight: true }] } }, []);
    expect(r.errors).toEqual([{ field: 'openingHours.mon[0]', code: 'overlaps', params: { other: 'openingHours.sun[0]' } }]);
  });

  it('names unknown weekdays, inverted and unmarked overnight intervals, a closed week and unknown locations', () => {
    expect(fields(validateCalendar({ openingHours: { ...week([['09:00', '08:00']]), maandag: [] } }, []))).toEqual(['openingHours.maandag', 'openingHours.mon[0]']);
    expect(validateCalendar({ openingHours: week([]) }, []).errors).toEqual([{ field: 'openingHours', code: 'no_opening_hours' }]);
    expect(fields(validateCalendar({ openingHours: week([['08:00', '17:00']]), locations: { elders: {} } }, ['woonpunt']))).toEqual(['locations.elders']);
    expect(fields(validateCalendar({ openingHours: week([['08:00', '17:00']]), closingDays: [{ from: '2026-12-31', to: '2026-12-24' }] }, []))).toEqual(['closingDays[0]']);
  });
});

describe('policy validation', () => {
  const topic = (s: string) => (s === 'overlast' ? 'topic-id' : null);
  it('needs a target, whole working days and business hours in whole minutes', () => {
    const r = validatePolicies(
      { items: [{ channel: 'phone', firstResponse: null }, { channel: 'email', resolution: { type: 'working_days', days: 1.5 } }, { channel: 'letter', resolution: { type: 'business_hours', hours: 0.01 } }, { channel: 'counter', firstResponse: { type: 'weeks', n: 1 } }] },
      topic,
    );
    expect(fields(r)).toEqual(['items[0]', 'items[1].resolution.days', 'items[2].resolution.hours', 'items[3].firstResponse.type']);
  });

  it('resolves topics by code and keeps one policy per channel and topic', () => {
    const r = validatePolicies({ items: [{ channel: 'email', topic: 'overlast', firstResponse: { type: 'business_hours', hours: 2 } }, { channel: 'email', firstResponse: { type: 'working_days', days: 1 } }] }, topic);
    expect(r.errors).toEqual([]);
    expect(r.items[0]).toEqual({ channel: 'email', topic: 'topic-id', firstResponse: { type: 'business_hours', hours: 2 }, resolution: null });
    expect(fields(validatePolicies({ items: 'all' }, topic))).toEqual(['items']);
  });
});
