import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { CHANNELS, SLA_TARGET_KINDS, type Channel, type SlaClockState, type SlaTargetKind } from '@loket/shared/contracts';
import { TopicRefDto } from '@loket/server/platform';

/** The answers of the SLA endpoints: named schemas in the API document. */
export class WorkingDaysTargetDto {
  @ApiProperty({ enum: ['working_days'] }) type!: 'working_days';
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 60 }) days!: number;
}
export class BusinessHoursTargetDto {
  @ApiProperty({ enum: ['business_hours'] }) type!: 'business_hours';
  @ApiProperty({ minimum: 0, maximum: 500, description: 'More than 0; whole minutes' }) hours!: number;
}
const TARGET = { oneOf: [{ $ref: getSchemaPath(WorkingDaysTargetDto) }, { $ref: getSchemaPath(BusinessHoursTargetDto) }], nullable: true };

@ApiExtraModels(WorkingDaysTargetDto, BusinessHoursTargetDto)
export class SlaPolicyDto {
  @ApiProperty({ enum: CHANNELS, enumName: 'Channel' }) channel!: Channel;
  @ApiProperty({ type: TopicRefDto, nullable: true, description: 'Null: the policy for every topic of this channel without one of its own' }) topic!: TopicRefDto | null;
  @ApiProperty({ ...TARGET, description: 'First response: a callback, a reply or an acknowledgement' }) firstResponse!: WorkingDaysTargetDto | BusinessHoursTargetDto | null;
  @ApiProperty({ ...TARGET, description: 'The answer itself (the case resolved)' }) resolution!: WorkingDaysTargetDto | BusinessHoursTargetDto | null;
}
export class SlaPoliciesDto {
  @ApiProperty({ type: [SlaPolicyDto] }) items!: SlaPolicyDto[];
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) updatedAt!: string | null;
}

/** PUT /sla/policies: the whole list of response targets (checked by the SLA service). */
@ApiExtraModels(WorkingDaysTargetDto, BusinessHoursTargetDto)
export class SlaPolicyInputDto {
  @ApiProperty({ enum: CHANNELS, enumName: 'Channel' }) channel!: Channel;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Topic id or code; none for the channel in general' }) topic?: string | null;
  @ApiPropertyOptional({ ...TARGET }) firstResponse?: WorkingDaysTargetDto | BusinessHoursTargetDto | null;
  @ApiPropertyOptional({ ...TARGET }) resolution?: WorkingDaysTargetDto | BusinessHoursTargetDto | null;
}
export class SlaPoliciesInputDto {
  @ApiProperty({ type: [SlaPolicyInputDto], maxItems: 500, description: 'Channels without a policy have no targets' }) items!: SlaPolicyInputDto[];
}

export class SlaPreviewDto {
  @ApiProperty({ enum: CHANNELS, enumName: 'Channel' }) channel!: Channel;
  @ApiProperty({ type: TopicRefDto, nullable: true }) topic!: TopicRefDto | null;
  @ApiProperty({ format: 'date-time', description: 'The moment asked about' }) at!: string;
  @ApiProperty({ format: 'date-time', description: 'Where the clock starts: `at`, or the next opening moment outside opening hours' }) countedFrom!: string;
  @ApiProperty() receivedOutsideOpeningHours!: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) firstResponseDueAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) dueAt!: string | null;
  @ApiProperty({ type: SlaPolicyDto, nullable: true, description: 'The policy that applied; null when the channel has none' }) policy!: SlaPolicyDto | null;
}

const REASONS = ['calendar_changed', 'policies_changed'] as const;
export class SlaRecalculationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: REASONS, enumName: 'SlaRecalculationReason' }) reason!: (typeof REASONS)[number];
  @ApiProperty({ enum: ['queued', 'running', 'done', 'superseded'], enumName: 'SlaRecalculationStatus' }) status!: 'queued' | 'running' | 'done' | 'superseded';
  @ApiProperty() cases!: number;
  @ApiProperty() changed!: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) startedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finishedAt!: string | null;
}
export class SlaRecalculationListDto {
  @ApiProperty({ type: [SlaRecalculationDto] }) items!: SlaRecalculationDto[];
}

export class SlaDueChangeDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: SLA_TARGET_KINDS, enumName: 'SlaTargetKind' }) target!: SlaTargetKind;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) from!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) to!: string | null;
  @ApiProperty({ enum: REASONS, enumName: 'SlaRecalculationReason' }) reason!: (typeof REASONS)[number];
  @ApiProperty({ format: 'date-time' }) at!: string;
}
export class SlaDueChangeListDto {
  @ApiProperty({ type: [SlaDueChangeDto] }) items!: SlaDueChangeDto[];
}

/** A case's response clock, as the contact log shows it on each case. */
export class CaseSlaDto {
  @ApiProperty({ enum: ['running', 'paused', 'stopped'], enumName: 'SlaClockState' }) state!: SlaClockState;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) firstResponseDueAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) dueAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) firstRespondedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'Waiting for the customer since' }) pausedSince!: string | null;
  @ApiProperty({ description: 'Business minutes the clock stood still' }) pausedMinutes!: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) firstResponseBreachedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) resolutionBreachedAt!: string | null;
}
