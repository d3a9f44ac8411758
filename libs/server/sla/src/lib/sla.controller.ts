import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { ApiProblems, Actor, CurrentActor, CUSTOMER_STAFF, IsRealDateTime, ShowsNoCustomerData, Staff } from '@loket/server/platform';
import { CHANNELS, type Channel } from '@loket/shared/contracts';
import { SlaService } from './sla.service';
import { SlaCalendarDto, SlaCalendarInputDto } from './sla-calendar.dto';
import { SlaDueChangeListDto, SlaPoliciesDto, SlaPoliciesInputDto, SlaPreviewDto, SlaRecalculationListDto } from './sla.responses.dto';

export class PreviewQueryDto {
  @ApiProperty({ enum: CHANNELS, enumName: 'Channel' }) @IsIn(CHANNELS) channel!: Channel;
  @ApiPropertyOptional({ description: 'Topic id or code' }) @IsOptional() @IsString() @Length(1, 60) topic?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the request is received; default now', example: '2026-12-04T11:55:00+01:00' })
  @IsOptional() @IsRealDateTime() at?: string;
  @ApiPropertyOptional({ description: 'Location code: a counter visit follows that location’s opening hours' }) @IsOptional() @IsString() @Length(1, 40) location?: string;
}

@ApiTags('sla')
@ApiBearerAuth()
@Controller('sla')
@ShowsNoCustomerData()
export class SlaController {
  constructor(private readonly sla: SlaService) {}

  /** Everyone in the front office sees the calendar: it explains the due moments they work to. */
  @Get('calendar')
  @Staff(...CUSTOMER_STAFF, 'kb_editor')
  @ApiOkResponse({ type: SlaCalendarDto })
  calendar(@CurrentActor() actor: Actor): Promise<SlaCalendarDto> {
    return this.sla.calendar(actor.organizationId);
  }

  @Put('calendar')
  @Staff('admin')
  @ApiBody({ type: SlaCalendarInputDto })
  @ApiOkResponse({ type: SlaCalendarDto })
  @ApiProblems(400)
  putCalendar(@CurrentActor() actor: Actor, @Body() body: object): Promise<SlaCalendarDto> {
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
