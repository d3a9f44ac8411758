import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CHANNELS, type Channel, type SlaClockState } from '@loket/shared/contracts';
import { CustomerRefDto, PersonRefDto, TeamRefDto, TopicRefDto, fieldCode } from '@loket/server/platform';
import { DUE_BUCKETS, WORK_ITEM_KINDS, WORK_ITEM_STATUSES, WORKLIST_SCOPES, DUE_TARGETS, type DueBucket, type DueTarget, type WorkItemKind, type WorkItemStatus, type WorklistScope } from './domain/work-item';

export { CustomerRefDto, PersonRefDto, TeamRefDto, TopicRefDto };

/** GET /worklist: one of the four lists, filtered. Unknown values are a 400 naming the field. */
export class WorklistQueryDto {
  @ApiPropertyOptional({ enum: WORKLIST_SCOPES, enumName: 'WorklistScope', default: 'me', description: 'me: mine; team: unassigned work of my teams; all: everything open (team leads, admins); forwarded: open cases I forwarded' })
  @IsOptional() @IsIn(WORKLIST_SCOPES) scope?: WorklistScope;
  @ApiPropertyOptional({ format: 'uuid', description: 'A team of the organization' }) @IsOptional() @IsUUID('all') team?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'A topic of the organization' }) @IsOptional() @IsUUID('all') topic?: string;
  @ApiPropertyOptional({ enum: CHANNELS, enumName: 'Channel', description: 'The channel of the first contact (callbacks: phone)' }) @IsOptional() @IsIn(CHANNELS) channel?: Channel;
  @ApiPropertyOptional({ format: 'uuid', description: 'A location (office) of the organization' }) @IsOptional() @IsUUID('all') location?: string;
  @ApiPropertyOptional({ enum: WORK_ITEM_STATUSES, enumName: 'WorkItemStatus' }) @IsOptional() @IsIn(WORK_ITEM_STATUSES) status?: WorkItemStatus;
  @ApiPropertyOptional({ enum: DUE_BUCKETS, enumName: 'DueBucket', description: 'overdue: past due; today: due later today; week: due from now until the end of this week (Sunday, Amsterdam time)' })
  @IsOptional() @IsIn(DUE_BUCKETS) due?: DueBucket;
  @ApiPropertyOptional({ enum: WORK_ITEM_KINDS, enumName: 'WorkItemKind' }) @IsOptional() @IsIn(WORK_ITEM_KINDS) kind?: WorkItemKind;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) cursor?: string;
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 100 })
  @IsOptional() @Type(() => Number) @IsIn([...Array(100).keys()].map((i) => i + 1), fieldCode('out_of_range', { min: 1, max: 100 })) limit?: number;
}

export class LocationRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Wijkkantoor Noord' }) name!: string;
}

/** One unit of open work: a case, a callback or a counter follow-up (R11). */
export class WorkItemDto {
  @ApiProperty({ format: 'uuid', description: 'The case, callback or (follow-up) contact id' }) id!: string;
  @ApiProperty({ enum: WORK_ITEM_KINDS, enumName: 'WorkItemKind' }) kind!: WorkItemKind;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) callbackId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The counter contact whose follow-up this is' }) contactId!: string | null;
  @ApiProperty() subject!: string;
  @ApiProperty({ type: CustomerRefDto }) customer!: CustomerRefDto;
  @ApiProperty({ type: TopicRefDto }) topic!: TopicRefDto;
  @ApiProperty({ enum: CHANNELS, enumName: 'Channel' }) channel!: Channel;
  @ApiProperty({ type: LocationRefDto, nullable: true }) location!: LocationRefDto | null;
  @ApiProperty({ type: TeamRefDto, nullable: true }) team!: TeamRefDto | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) owner!: PersonRefDto | null;
  @ApiProperty({ enum: WORK_ITEM_STATUSES, enumName: 'WorkItemStatus' }) status!: WorkItemStatus;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'The next due moment: first response or answer (cases), the end of the agreed window (callbacks), the agreed moment (follow-ups)' })
  dueAt!: string | null;
  @ApiProperty({ enum: DUE_TARGETS, enumName: 'WorkDueTarget', nullable: true, description: 'What is due at dueAt' }) dueTarget!: DueTarget | null;
  @ApiProperty({ enum: ['running', 'paused', 'stopped'], enumName: 'SlaClockState', nullable: true, description: "The case's response clock (cases only); for DueMoment" })
  clockState!: SlaClockState | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) forwardedBy!: PersonRefDto | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) forwardedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
}

export class WorklistCountsDto {
  @ApiProperty({ description: 'My open work' }) me!: number;
  @ApiProperty({ description: "Unassigned work of my teams" }) team!: number;
  @ApiProperty({ description: 'Open cases I forwarded' }) forwarded!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Everything open; null when not allowed (agents)' }) all!: number | null;
  @ApiProperty({ description: 'Past due, in the current scope and filters' }) overdue!: number;
  @ApiProperty({ description: 'Due later today, in the current scope and filters' }) today!: number;
  @ApiProperty({ description: 'Due from now until the end of this week, in the current scope and filters' }) week!: number;
}

export class WorklistPageDto {
  @ApiProperty({ type: [WorkItemDto] }) items!: WorkItemDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
  @ApiProperty({ type: WorklistCountsDto }) counts!: WorklistCountsDto;
}
