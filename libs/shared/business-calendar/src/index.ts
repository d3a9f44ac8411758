export {
  addBusinessHours,
  addBusinessMinutes,
  businessMinutesBetween,
  endOfNthWorkingDay,
  holidaysOf,
  isAppointmentOnlyAt,
  isOpenAt,
  isWorkingDate,
  locationCalendar,
  localDate,
  localTime,
  nextOpeningMoment,
  subtractBusinessMinutes,
  workingDaysBetween,
} from './lib/business-calendar';
export type {
  CalendarSettings,
  ClosingDay,
  Holiday,
  LocationCalendarSettings,
  OpeningInterval,
  Pause,
  PublicHolidaySettings,
  Weekday,
  WeeklyHours,
} from './lib/business-calendar';
export * from '@loket/shared/dutch-time';
