import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath, type ApiPropertyOptions } from '@nestjs/swagger';

/**
 * The business calendar as the API document names it (GET/PUT /sla/calendar). The SLA service
 * checks a PUT body itself (with messages per field); these classes only describe it.
 */
const TIME_PATTERN = '^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$';
const TIME: ApiPropertyOptions = { type: 'string', pattern: TIME_PATTERN, example: '08:30' };
const DATE: ApiPropertyOptions = { type: 'string', format: 'date', example: '2026-12-24' };

export class TimeIntervalDto {
  @ApiProperty(TIME) from!: string;
  @ApiProperty(TIME) to!: string;
  @ApiPropertyOptional({ description: 'Only by appointment' }) appointmentOnly?: boolean;
  @ApiPropertyOptional({ description: 'Runs past midnight' }) overnight?: boolean;
}
type Interval = [string, string] | TimeIntervalDto;
const INTERVALS: ApiPropertyOptions = {
  type: 'array',
  items: { oneOf: [{ type: 'array', items: { type: 'string', pattern: TIME_PATTERN, example: '08:30' }, minItems: 2, maxItems: 2, example: ['08:30', '17:00'] }, { $ref: getSchemaPath(TimeIntervalDto) }] },
};

/** Opening intervals per weekday (at most 6 a day; 24:00 is midnight). */
@ApiExtraModels(TimeIntervalDto)
export class WeekHoursDto {
  @ApiProperty(INTERVALS) mon!: Interval[];
  @ApiProperty(INTERVALS) tue!: Interval[];
  @ApiProperty(INTERVALS) wed!: Interval[];
  @ApiProperty(INTERVALS) thu!: Interval[];
  @ApiProperty(INTERVALS) fri!: Interval[];
  @ApiProperty(INTERVALS) sat!: Interval[];
  @ApiProperty(INTERVALS) sun!: Interval[];
}

export class HolidayRulesDto {
  @ApiProperty({ enum: ['NL'], enumName: 'HolidayCountry' }) country!: 'NL';
  @ApiProperty({ enum: ['open', 'closed'], enumName: 'GoodFridayRule' }) goodFriday!: 'open' | 'closed';
  @ApiProperty({ enum: ['every_year', 'lustrum_years', 'never'], enumName: 'LiberationDayRule' }) liberationDay!: 'every_year' | 'lustrum_years' | 'never';
}

export class ClosingPeriodDto {
  @ApiProperty(DATE) from!: string;
  @ApiProperty(DATE) to!: string;
  @ApiPropertyOptional({ maxLength: 200 }) reason?: string;
}
const CLOSING_DAYS: ApiPropertyOptions = {
  type: 'array', maxItems: 500,
  items: { oneOf: [{ type: 'string', format: 'date', example: '2026-12-24' }, { $ref: getSchemaPath(ClosingPeriodDto) }] },
};

export class HoursChangeDto {
  @ApiProperty({ ...DATE, description: 'From this day on' }) from!: string;
  @ApiProperty({ type: WeekHoursDto }) openingHours!: WeekHoursDto;
}

/** The hours of one location (woonpunt), by its code. */
@ApiExtraModels(ClosingPeriodDto)
export class LocationHoursDto {
  @ApiPropertyOptional({ type: WeekHoursDto }) openingHours?: WeekHoursDto;
  @ApiPropertyOptional({ type: [HoursChangeDto] }) hoursChanges?: HoursChangeDto[];
  @ApiPropertyOptional(CLOSING_DAYS) closingDays?: (string | ClosingPeriodDto)[];
}

/** The business calendar: time zone, weekly opening hours, public holidays, closing days, changes of hours from a date, and the hours of each location. */
@ApiExtraModels(ClosingPeriodDto, LocationHoursDto)
export class SlaCalendarInputDto {
  @ApiProperty({ example: 'Europe/Amsterdam' }) timeZone!: string;
  @ApiProperty({ type: WeekHoursDto }) openingHours!: WeekHoursDto;
  @ApiPropertyOptional({ type: HolidayRulesDto }) publicHolidays?: HolidayRulesDto;
  @ApiPropertyOptional({ maxLength: 500 }) description?: string;
  @ApiPropertyOptional(CLOSING_DAYS) closingDays?: (string | ClosingPeriodDto)[];
  @ApiPropertyOptional({ type: [HoursChangeDto] }) hoursChanges?: HoursChangeDto[];
  @ApiPropertyOptional({ type: 'object', additionalProperties: { $ref: getSchemaPath(LocationHoursDto) }, description: 'By location code' })
  locations?: Record<string, LocationHoursDto>;
}

export class HolidayDto {
  @ApiProperty(DATE) date!: string;
  @ApiProperty() name!: string;
}

export class SlaCalendarDto extends SlaCalendarInputDto {
  @ApiProperty({ type: [HolidayDto], description: 'The public holidays we are closed on, this year and next' }) holidays!: HolidayDto[];
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) updatedAt!: string | null;
}
