import { ApiProperty } from '@nestjs/swagger';
import { CALLBACK_ATTEMPT_OUTCOMES, CALLBACK_STATUSES, DAY_PARTS, type CallbackAttemptOutcome, type CallbackStatus, type DayPart } from '@loket/shared/contracts';
import { CustomerRefDto, PersonRefDto, TeamRefDto } from '@loket/server/platform';

/** The answers of the callbacks endpoints: named schemas in the API document. */
export class CallbackDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty() customerName!: string;
  @ApiProperty({ type: CustomerRefDto, description: 'Who to call, with the safety markers in force (R3)' }) customer!: CustomerRefDto;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() caseSubject!: string;
  @ApiProperty() phoneNumber!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: PersonRefDto, nullable: true }) assignee!: PersonRefDto | null;
  @ApiProperty({ type: TeamRefDto, nullable: true }) team!: TeamRefDto | null;
  @ApiProperty({ enum: CALLBACK_STATUSES, enumName: 'CallbackStatus' }) status!: CallbackStatus;
  @ApiProperty({ format: 'date-time', description: 'Start of the agreed window' }) windowStart!: string;
  @ApiProperty({ format: 'date-time', description: 'End of the agreed window' }) dueAt!: string;
  @ApiProperty({ enum: DAY_PARTS, enumName: 'DayPart', nullable: true }) dayPart!: DayPart | null;
  @ApiProperty({ enum: [0, 1, 2] }) escalationLevel!: 0 | 1 | 2;
  @ApiProperty() attemptCount!: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'After a level-2 escalation: the new moment the customer was told to expect us' }) newExpectationAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) result!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) completedAt!: string | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) createdBy!: PersonRefDto | null;
  @ApiProperty({ description: 'Asked by the tenant in the portal' }) requestedByCustomer!: boolean;
  @ApiProperty({ nullable: true, type: String }) cancelReason!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class CallbackAttemptDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CALLBACK_ATTEMPT_OUTCOMES, enumName: 'CallbackAttemptOutcome' }) outcome!: CallbackAttemptOutcome;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) by!: PersonRefDto | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class CallbackEscalationDto {
  @ApiProperty({ enum: [0, 1, 2], description: '0 is the reminder to the assignee before due' }) level!: 0 | 1 | 2;
  @ApiProperty({ enum: ['reminder', 'level_1', 'level_2'], enumName: 'CallbackEscalationKind' }) kind!: 'reminder' | 'level_1' | 'level_2';
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: [PersonRefDto] }) notified!: PersonRefDto[];
}

export class CallbackWindowDto {
  @ApiProperty({ format: 'date-time' }) start!: string;
  @ApiProperty({ format: 'date-time' }) end!: string;
}

export class CallbackRescheduleDto {
  @ApiProperty({ type: CallbackWindowDto }) from!: CallbackWindowDto;
  @ApiProperty({ type: CallbackWindowDto }) to!: CallbackWindowDto;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: ['customer', 'organization'], enumName: 'RescheduleRequestedBy' }) requestedBy!: 'customer' | 'organization';
  @ApiProperty({ type: PersonRefDto, nullable: true }) by!: PersonRefDto | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class CallbackDetailDto extends CallbackDto {
  @ApiProperty({ type: [CallbackAttemptDto] }) attempts!: CallbackAttemptDto[];
  @ApiProperty({ type: [CallbackEscalationDto] }) escalations!: CallbackEscalationDto[];
  @ApiProperty({ type: [CallbackRescheduleDto] }) reschedules!: CallbackRescheduleDto[];
}

export class CallbackPageDto {
  @ApiProperty({ type: [CallbackDto] }) items!: CallbackDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page; null on the last' }) nextCursor!: string | null;
}

/** What the tenant sees of a callback. */
export class PortalCallbackDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() phoneNumber!: string;
  @ApiProperty({ enum: CALLBACK_STATUSES, enumName: 'CallbackStatus' }) status!: CallbackStatus;
  @ApiProperty({ format: 'date-time' }) windowStart!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty({ enum: DAY_PARTS, enumName: 'DayPart', nullable: true }) dayPart!: DayPart | null;
  @ApiProperty({ nullable: true, type: String, description: "Who will call: the employee's name, or the team" }) caller!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) newExpectationAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) completedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) result!: string | null;
}

export class PortalCallbackListDto {
  @ApiProperty({ type: [PortalCallbackDto] }) items!: PortalCallbackDto[];
}

/** One open day part the tenant may choose: its open window (clipped to opening hours, from now on). */
export class PortalCallbackMomentDto {
  @ApiProperty({ enum: DAY_PARTS, enumName: 'DayPart' }) dayPart!: DayPart;
  @ApiProperty({ format: 'date-time' }) windowStart!: string;
  @ApiProperty({ format: 'date-time', description: 'The end of the open part: the latest moment we call' }) windowEnd!: string;
}

export class PortalCallbackDayDto {
  @ApiProperty({ format: 'date', example: '2026-12-08' }) date!: string;
  @ApiProperty({ type: [PortalCallbackMomentDto] }) dayParts!: PortalCallbackMomentDto[];
}

/** The moments a tenant can ask to be called back: only open day parts in the future, the organization's calendar and holidays applied. */
export class PortalCallbackMomentsDto {
  @ApiProperty({ type: [PortalCallbackDayDto], description: 'Days with at least one open day part, soonest first' }) days!: PortalCallbackDayDto[];
}
