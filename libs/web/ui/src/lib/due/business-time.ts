import type { CalendarSettings } from '@loket/shared/business-calendar';
import { DUTCH_TIME_ZONE } from '@loket/shared/dutch-time';
import { useEffect, useMemo, useState } from 'react';
import type { BusinessTime } from './due';

type CalendarModule = typeof import('@loket/shared/business-calendar');

/** `businessMinutesBetween` and `isOpenAt` of `@loket/shared/business-calendar`, bound to one calendar. */
export function businessTimeOf(
  calendarModule: Pick<CalendarModule, 'businessMinutesBetween' | 'isOpenAt'>,
  calendar: CalendarSettings,
): BusinessTime {
  return {
    timeZone: calendar.timeZone || DUTCH_TIME_ZONE,
    minutesBetween: (from, to) => calendarModule.businessMinutesBetween(calendar, from, to),
    isOpenAt: (instant) => calendarModule.isOpenAt(calendar, instant),
  };
}

let loaded: CalendarModule | null = null;
let loading: Promise<CalendarModule> | null = null;

/**
 * Loads the business calendar on first use. It carries the Dutch public holidays (date-holidays,
 * over a megabyte): only screens that show due moments fetch it, the portal never does.
 */
export function loadBusinessCalendar(): Promise<CalendarModule> {
  loading ??= import('@loket/shared/business-calendar').then((module) => (loaded = module));
  return loading;
}

/**
 * The business time of `calendar` (the organization's, from GET /sla/calendar) for `formatDue`
 * and `DueMoment`: null until the calendar module has loaded, or without a calendar.
 */
export function useBusinessTime(calendar: CalendarSettings | null | undefined): BusinessTime | null {
  const [calendarModule, setCalendarModule] = useState<CalendarModule | null>(loaded);
  useEffect(() => {
    if (!calendar || calendarModule) return undefined;
    let current = true;
    void loadBusinessCalendar().then((module) => {
      if (current) setCalendarModule(module);
    });
    return () => {
      current = false;
    };
  }, [calendar, calendarModule]);
  return useMemo(() => (calendar && calendarModule ? businessTimeOf(calendarModule, calendar) : null), [calendar, calendarModule]);
}
