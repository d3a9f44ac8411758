import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { Actor, CurrentActor, CUSTOMER_STAFF, IsRealDateTime, Staff } from '@loket/server/platform';
import { CHANNELS, type Channel, type SlaCalendar, type SlaDueChange, type SlaPolicies, type SlaPreview, type SlaRecalculation } from '@loket/shared/contracts';
import { SlaService } from './sla.service';

export class PreviewQueryDto {
  @ApiProperty({ enum: CHANNELS }) @IsIn(CHANNELS, { message: `must be one of ${CHANNELS.join(', ')}` }) channel!: Channel;
  @ApiPropertyOptional({ description: 'Topic id or code' }) @IsOptional() @IsString() @Length(1, 60) topic?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the request is received; default now', example: '2026-12-04T11:55:00+01:00' })
  @IsOptional() @IsRealDateTime() at?: string;
  @ApiPropertyOptional({ description: 'Location code: a counter visit follows that location’s opening hours' }) @IsOptional() @IsString() @Length(1, 40) location?: string;
}

const CALENDAR_SCHEMA = { type: 'object', description: 'The business calendar: timeZone, openingHours per weekday, publicHolidays, closingDays, hoursChanges, locations' };
const POLICIES_SCHEMA = { type: 'object', description: '{ items: [{ channel, topic?, firstResponse?, resolution? }] }' };

@ApiTags('sla')
@ApiBearerAuth()
@Controller('sla')
export class SlaController {
  constructor(private readonly sla: SlaService) {}

  /** Everyone in the front office sees the calendar: it explains the due moments they work to. */
  @Get('calendar')
  @Staff(...CUSTOMER_STAFF, 'kb_editor')
  @ApiOkResponse({ schema: CALENDAR_SCHEMA })
  calendar(@CurrentActor() actor: Actor): Promise<SlaCalendar> {
    return this.sla.calendar(actor.organizationId);
  }

  @Put('calendar')
  @Staff('admin')
  @ApiBody({ schema: CALENDAR_SCHEMA })
  @ApiOkResponse({ schema: CALENDAR_SCHEMA })
  putCalendar(@CurrentActor() actor: Actor, @Body() body: object): Promise<SlaCalendar> {
    return this.sla.putCalendar(actor, body);
  }

  @Get('policies')
  @Staff(...CUSTOMER_STAFF)
  @ApiOkResponse({ schema: POLICIES_SCHEMA })
  policies(@CurrentActor() actor: Actor): Promise<SlaPolicies> {
    return this.sla.policies(actor.organizationId);
  }

  @Put('policies')
  @Staff('admin')
  @ApiBody({ schema: POLICIES_SCHEMA })
  @ApiOkResponse({ schema: POLICIES_SCHEMA })
  putPolicies(@CurrentActor() actor: Actor, @Body() body: object): Promise<SlaPolicies> {
    return this.sla.putPolicies(actor, body);
  }

  @Get('preview')
  @Staff(...CUSTOMER_STAFF)
  preview(@CurrentActor() actor: Actor, @Query() q: PreviewQueryDto): Promise<SlaPreview> {
    return this.sla.preview(actor.organizationId, q);
  }

  @Get('recalculations')
  @Staff('team_lead', 'admin')
  recalculations(@CurrentActor() actor: Actor): Promise<{ items: SlaRecalculation[] }> {
    return this.sla.recalculations(actor.organizationId);
  }

  @Get('cases/:id/due-changes')
  @Staff(...CUSTOMER_STAFF)
  dueChanges(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<{ items: SlaDueChange[] }> {
    return this.sla.dueChanges(actor.organizationId, id);
  }
}
