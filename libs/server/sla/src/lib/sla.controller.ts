import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { ApiProblems, Actor, CurrentActor, CUSTOMER_STAFF, IsRealDateTime, ShowsNoCustomerData, Staff } from '@loket/server/platform';
import { CHANNELS, type Channel, type SlaCalendar } from '@loket/shared/contracts';
import { SlaService } from './sla.service';
import { SlaDueChangeListDto, SlaPoliciesDto, SlaPoliciesInputDto, SlaPreviewDto, SlaRecalculationListDto } from './sla.responses.dto';

export class PreviewQueryDto {
  @ApiProperty({ enum: CHANNELS, enumName: 'Channel' }) @IsIn(CHANNELS, { message: `must be one of ${CHANNELS.join(', ')}` }) channel!: Channel;
  @ApiPropertyOptional({ description: 'Topic id or code' }) @IsOptional() @IsString() @Length(1, 60) topic?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the request is received; default now', example: '2026-12-04T11:55:00+01:00' })
  @IsOptional() @IsRealDateTime() at?: string;
  @ApiPropertyOptional({ description: 'Location code: a counter visit follows that location’s opening hours' }) @IsOptional() @IsString() @Length(1, 40) location?: string;
}

/** The schema of an operation's body or answer, as @nestjs/swagger takes it. */
type Schema = NonNullable<Extract<NonNullable<Parameters<typeof ApiOkResponse>[0]>, { schema?: unknown }>['schema']>;

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const TIME: Schema = { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$', example: '08:30' };
const DATE: Schema = { type: 'string', format: 'date', example: '2026-12-24' };
const INTERVAL: Schema = {
  oneOf: [
    { type: 'array', items: TIME, minItems: 2, maxItems: 2, example: ['08:30', '17:00'] },
    { type: 'object', properties: { from: TIME, to: TIME, appointmentOnly: { type: 'boolean' }, overnight: { type: 'boolean', description: 'Runs past midnight' } }, required: ['from', 'to'] },
  ],
};
const WEEK: Schema = {
  type: 'object', description: 'Opening intervals per weekday (at most 6 a day; 24:00 is midnight)',
  properties: Object.fromEntries(WEEKDAYS.map((d) => [d, { type: 'array', items: INTERVAL }])), required: [...WEEKDAYS],
};
const CLOSING_DAYS: Schema = {
  type: 'array', maxItems: 500,
  items: { oneOf: [DATE, { type: 'object', properties: { from: DATE, to: DATE, reason: { type: 'string', maxLength: 200 } }, required: ['from', 'to'] }] },
};
const HOURS_CHANGES: Schema = { type: 'array', items: { type: 'object', properties: { from: DATE, openingHours: WEEK }, required: ['from', 'openingHours'] } };
const CALENDAR_SCHEMA: Schema = {
  type: 'object',
  description: 'The business calendar: time zone, weekly opening hours, public holidays, closing days, changes of hours from a date, and the hours of each location (woonpunt) by its code',
  properties: {
    timeZone: { type: 'string', example: 'Europe/Amsterdam' },
    openingHours: WEEK,
    publicHolidays: {
      type: 'object',
      properties: { country: { type: 'string', enum: ['NL'] }, goodFriday: { type: 'string', enum: ['open', 'closed'] }, liberationDay: { type: 'string', enum: ['every_year', 'lustrum_years', 'never'] } },
      required: ['country', 'goodFriday', 'liberationDay'],
    },
    description: { type: 'string', maxLength: 500 },
    closingDays: CLOSING_DAYS,
    hoursChanges: HOURS_CHANGES,
    locations: { type: 'object', additionalProperties: { type: 'object', properties: { openingHours: WEEK, hoursChanges: HOURS_CHANGES, closingDays: CLOSING_DAYS } } },
  },
  required: ['timeZone', 'openingHours'],
};
const CALENDAR_RESPONSE_SCHEMA: Schema = {
  ...CALENDAR_SCHEMA,
  properties: {
    ...(CALENDAR_SCHEMA as { properties: Record<string, Schema> }).properties,
    holidays: { type: 'array', description: 'The public holidays we are closed on, this year and next', items: { type: 'object', properties: { date: DATE, name: { type: 'string' } } } },
    updatedAt: { type: 'string', format: 'date-time', nullable: true },
  },
};
@ApiTags('sla')
@ApiBearerAuth()
@Controller('sla')
@ShowsNoCustomerData()
export class SlaController {
  constructor(private readonly sla: SlaService) {}

  /** Everyone in the front office sees the calendar: it explains the due moments they work to. */
  @Get('calendar')
  @Staff(...CUSTOMER_STAFF, 'kb_editor')
  @ApiOkResponse({ schema: CALENDAR_RESPONSE_SCHEMA })
  calendar(@CurrentActor() actor: Actor): Promise<SlaCalendar> {
    return this.sla.calendar(actor.organizationId);
  }

  @Put('calendar')
  @Staff('admin')
  @ApiBody({ schema: CALENDAR_SCHEMA })
  @ApiOkResponse({ schema: CALENDAR_RESPONSE_SCHEMA })
  @ApiProblems(400)
  putCalendar(@CurrentActor() actor: Actor, @Body() body: object): Promise<SlaCalendar> {
    return this.sla.putCalendar(actor, body);
  }

  @Get('policies')
  @Staff(...CUSTOMER_STAFF)
  @ApiOkResponse({ type: SlaPoliciesDto })
  policies(@CurrentActor() actor: Actor): Promise<SlaPoliciesDto> {
    return this.sla.policies(actor.organizationId);
  }

  @Put('policies')
  @Staff('admin')
  @ApiBody({ type: SlaPoliciesInputDto })
  @ApiOkResponse({ type: SlaPoliciesDto })
  @ApiProblems(400)
  putPolicies(@CurrentActor() actor: Actor, @Body() body: object): Promise<SlaPoliciesDto> {
    return this.sla.putPolicies(actor, body);
  }

  @Get('preview')
  @Staff(...CUSTOMER_STAFF)
  @ApiOkResponse({ type: SlaPreviewDto })
  @ApiProblems(400)
  preview(@CurrentActor() actor: Actor, @Query() q: PreviewQueryDto): Promise<SlaPreviewDto> {
    return this.sla.preview(actor.organizationId, q);
  }

  @Get('recalculations')
  @Staff('team_lead', 'admin')
  @ApiOkResponse({ type: SlaRecalculationListDto })
  recalculations(@CurrentActor() actor: Actor): Promise<SlaRecalculationListDto> {
    return this.sla.recalculations(actor.organizationId);
  }

  @Get('cases/:id/due-changes')
  @Staff(...CUSTOMER_STAFF)
  @ApiOkResponse({ type: SlaDueChangeListDto })
  @ApiProblems(400, 404)
  dueChanges(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<SlaDueChangeListDto> {
    return this.sla.dueChanges(actor.organizationId, id);
  }
}
