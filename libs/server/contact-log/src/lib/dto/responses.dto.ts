import { ApiProperty, OmitType } from '@nestjs/swagger';
import { CASE_EVENT_TYPES, CASE_STATUSES, CHANNELS, CONTACT_DIRECTIONS, CONTACT_OUTCOMES, veraCodes, type VeraChannelCode, type VeraDirectionCode, type CaseEventType, type CaseStatus, type Channel, type ContactDirection, type ContactOutcome } from '@loket/shared/contracts';
import { CustomerRefDto, PersonRefDto, TeamRefDto, TopicRefDto } from '@loket/server/platform';
import { LocationDto } from '@loket/server/reference-data';
import { CaseSlaDto } from '@loket/server/sla';

export { CaseSlaDto, CustomerRefDto, PersonRefDto, TopicRefDto };

export class FollowUpResponseDto {
  @ApiProperty({ enum: CHANNELS, enumName: 'Channel' }) channel!: Channel;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ nullable: true, type: String }) note?: string | null;
}
class VeraCodesDto {
  @ApiProperty({
    enum: veraCodes('COMMUNICATIEKANAAL'), enumName: 'VeraCommunicatiekanaal', nullable: true, example: 'TEL',
    description: 'VERA COMMUNICATIEKANAAL (APP is WhatsApp); null for social media, which has no VERA code',
  })
  channelCode!: VeraChannelCode | null;
  @ApiProperty({ enum: veraCodes('COMMUNICATIERICHTING'), enumName: 'VeraCommunicatierichting', example: 'INK', description: 'VERA COMMUNICATIERICHTING' }) directionCode!: VeraDirectionCode;
}
class ConfirmationDto {
  @ApiProperty({ enum: ['queued', 'sent', 'failed', 'no_address'], enumName: 'ConfirmationStatus' }) status!: 'queued' | 'sent' | 'failed' | 'no_address';
  @ApiProperty({ enum: ['email', 'letter'], enumName: 'ConfirmationChannel' }) channel!: 'email' | 'letter';
}
export class ContactDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ enum: CHANNELS, enumName: 'Channel' }) channel!: Channel;
  @ApiProperty({ enum: CONTACT_DIRECTIONS, enumName: 'ContactDirection' }) direction!: ContactDirection;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: TopicRefDto }) topic!: TopicRefDto;
  @ApiProperty() summary!: string;
  @ApiProperty({ nullable: true, type: String }) internalNote!: string | null;
  @ApiProperty() internalNoteSensitive!: boolean;
  @ApiProperty({ enum: CONTACT_OUTCOMES, enumName: 'ContactOutcome' }) outcome!: ContactOutcome;
  @ApiProperty({ type: FollowUpResponseDto, nullable: true }) followUp!: FollowUpResponseDto | null;
  @ApiProperty({ type: [String] }) articleIds!: string[];
  @ApiProperty({ type: LocationDto, nullable: true }) location!: LocationDto | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) employee!: PersonRefDto | null;
  @ApiProperty({ type: VeraCodesDto }) vera!: VeraCodesDto;
  @ApiProperty({ type: ConfirmationDto, nullable: true }) confirmation!: ConfirmationDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}
export class CaseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ type: CustomerRefDto, description: 'Who the question is from, with the safety markers in force (R3)' }) customer!: CustomerRefDto;
  @ApiProperty() subject!: string;
  @ApiProperty({ type: TopicRefDto }) topic!: TopicRefDto;
  @ApiProperty({ enum: CASE_STATUSES, enumName: 'CaseStatus' }) status!: CaseStatus;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) ownerId!: string | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) owner!: PersonRefDto | null;
  @ApiProperty({ type: TeamRefDto, nullable: true, description: "The team whose queue it is in (with no owner), or the owner's team" }) team!: TeamRefDto | null;
  @ApiProperty({ type: PersonRefDto, nullable: true, description: 'Who last forwarded it (doorgezet door)' }) forwardedBy!: PersonRefDto | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) forwardedAt!: string | null;
  @ApiProperty({ description: 'Contact moments on this case, counted from the recorded contacts (R6)' }) contactCount!: number;
  @ApiProperty({ nullable: true, type: Boolean, description: 'Answered in the contact that opened it, with no contact since (R5; the KPI report also waits 5 working days for the customer to come back); null while not resolved' }) resolvedInFirstContact!: boolean | null;
  @ApiProperty({ nullable: true, type: String }) answerSummary!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) firstResponseDueAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) dueAt!: string | null;
  @ApiProperty({ type: CaseSlaDto, nullable: true, description: 'The response clock' }) sla!: CaseSlaDto | null;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) resolvedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) closedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}
/** What happened to the case (opened, forwarded with its note, claimed, …), oldest first: staff only. */
export class CaseHistoryEventDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CASE_EVENT_TYPES, enumName: 'CaseEventType' }) type!: CaseEventType;
  @ApiProperty({ nullable: true, type: String }) from!: string | null;
  @ApiProperty({ nullable: true, type: String }) to!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The hand-off note (forwarded), for colleagues only' }) note!: string | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) by!: PersonRefDto | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}
export class CaseWithContactsDto extends CaseDto {
  @ApiProperty({ type: [ContactDto] }) contacts!: ContactDto[];
  @ApiProperty({ type: [CaseHistoryEventDto], description: 'The case events, oldest first (hand-offs with their notes)' }) events!: CaseHistoryEventDto[];
}
export class CasePageDto {
  @ApiProperty({ type: [CaseDto] }) items!: CaseDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
class CaseEventDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ enum: CASE_EVENT_TYPES, enumName: 'CaseEventType' }) type!: CaseEventType;
  @ApiProperty({ nullable: true, type: String }) from!: string | null;
  @ApiProperty({ nullable: true, type: String }) to!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The hand-off note (forwarded), for colleagues only' }) note!: string | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) by!: PersonRefDto | null;
}
export class TimelineItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['contact', 'case_event'], enumName: 'TimelineItemKind' }) kind!: 'contact' | 'case_event';
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: ContactDto, required: false }) contact?: ContactDto;
  @ApiProperty({ type: CaseEventDto, required: false }) caseEvent?: CaseEventDto;
}
export class TimelinePageDto {
  @ApiProperty({ type: [TimelineItemDto] }) items!: TimelineItemDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
/** A contact as the tenant sees it: without the staff-only fields. */
export class PortalContactDto extends OmitType(ContactDto, ['internalNote', 'internalNoteSensitive', 'articleIds'] as const) {}
/** A case as the tenant sees it: without the owner's id (the name is shown), the safety markers (staff only), who forwarded it, and staff fields on contacts. */
export class PortalCaseDto extends OmitType(CaseDto, ['ownerId', 'sla', 'customer', 'forwardedBy', 'forwardedAt'] as const) {
  @ApiProperty({ type: [PortalContactDto], description: 'Contacts without staff-only fields' }) contacts!: PortalContactDto[];
}
export class PortalFileDto {
  @ApiProperty({ type: [PortalCaseDto] }) cases!: PortalCaseDto[];
}
