import { ApiProperty } from '@nestjs/swagger';
import { CHANNELS, type Channel } from '@loket/shared/contracts';
import { PersonRefDto, TeamRefDto, TopicRefDto } from '@loket/server/platform';

/** The KPI report's answer: named schemas in the API document. */
export class ComplianceTallyDto {
  @ApiProperty({ description: 'Responded or answered before the due moment' }) met!: number;
  @ApiProperty() breached!: number;
  @ApiProperty({ description: 'Still running and not yet due (paused clocks included)' }) open!: number;
  @ApiProperty({ description: 'Of open: due within the next 4 business hours' }) atRisk!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'met / (met + breached); null while nothing was decided' }) rate!: number | null;
}
class ComplianceTotalDto {
  @ApiProperty({ type: ComplianceTallyDto }) firstResponse!: ComplianceTallyDto;
  @ApiProperty({ type: ComplianceTallyDto }) resolution!: ComplianceTallyDto;
}
export class ComplianceRowDto extends ComplianceTotalDto {
  @ApiProperty({ enum: CHANNELS, enumName: 'Channel' }) channel!: Channel;
  @ApiProperty({ type: TopicRefDto, nullable: true, description: 'Null on the per-channel rows' }) topic!: TopicRefDto | null;
}
class ResponseComplianceDto {
  @ApiProperty({ type: ComplianceTotalDto }) total!: ComplianceTotalDto;
  @ApiProperty({ type: [ComplianceRowDto] }) byChannel!: ComplianceRowDto[];
  @ApiProperty({ type: [ComplianceRowDto] }) byChannelAndTopic!: ComplianceRowDto[];
}
class EscalationCountsDto {
  @ApiProperty() level1!: number;
  @ApiProperty() level2!: number;
}
class CallbackTeamRowDto {
  @ApiProperty({ type: TeamRefDto, nullable: true }) team!: TeamRefDto | null;
  @ApiProperty() total!: number;
  @ApiProperty() keptOnTime!: number;
  @ApiProperty({ nullable: true, type: Number }) rate!: number | null;
}
class CallbackEmployeeRowDto {
  @ApiProperty({ type: PersonRefDto }) employee!: PersonRefDto;
  @ApiProperty() total!: number;
  @ApiProperty() keptOnTime!: number;
  @ApiProperty({ nullable: true, type: Number }) rate!: number | null;
}
export class CallbackKpisDto {
  @ApiProperty({ nullable: true, type: Number, description: 'Completed callbacks reached by their due moment, of all due in the period' }) keptOnTimeRate!: number | null;
  @ApiProperty() total!: number;
  @ApiProperty() keptOnTime!: number;
  @ApiProperty({ nullable: true, type: Number }) averageAttempts!: number | null;
  @ApiProperty({ type: EscalationCountsDto }) escalations!: EscalationCountsDto;
  @ApiProperty({ type: [CallbackTeamRowDto] }) byTeam!: CallbackTeamRowDto[];
  @ApiProperty({ type: [CallbackEmployeeRowDto] }) byEmployee!: CallbackEmployeeRowDto[];
}
export class DeflectionRowDto {
  @ApiProperty({ type: TopicRefDto }) topic!: TopicRefDto;
  @ApiProperty() portalViews!: number;
  @ApiProperty() contacts!: number;
}
export class FirstContactResolutionDto {
  @ApiProperty({
    description: 'The rule, in plain Dutch, as the report screen shows it',
    example: 'Een vraag telt als opgelost in het eerste contact als ...',
  })
  definition!: string;
  @ApiProperty({ example: 5, description: 'Working days (the organization\'s business calendar) the customer has to come back' }) windowWorkingDays!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'yes / (yes + no): the questions not yet known are left out; null while none is known' }) rate!: number | null;
  @ApiProperty({ description: 'Answered in the first contact, and the customer did not come back within the window' }) yes!: number;
  @ApiProperty({ description: 'Not answered in the first contact (callback agreed, forwarded, appointment made), or the customer came back within the window' }) no!: number;
  @ApiProperty({ description: 'Answered in the first contact, but the window still runs: not yet known ("nog niet bekend")' }) notYetKnown!: number;
}
export class ContactsPerQuestionDto {
  @ApiProperty({ description: 'Resolved questions (cases) counted' }) questions!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Average contact moments per resolved question (R6: at most 2), two decimals; null when none' }) mean!: number | null;
  @ApiProperty({ description: 'Resolved with 1 contact' }) one!: number;
  @ApiProperty({ description: 'Resolved with 2 contacts' }) two!: number;
  @ApiProperty({ description: 'Resolved with 3 or more contacts' }) threeOrMore!: number;
}
export class KpiReportDto {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ type: ResponseComplianceDto, description: 'Cases received in the period' }) responseCompliance!: ResponseComplianceDto;
  @ApiProperty({ nullable: true, type: Number, description: 'firstContactResolution.rate: cases of the period resolved in their first contact, of those known' }) fcrRate!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'contactsPerQuestion.mean: average contact moments per resolved case of the period' }) contactsPerCase!: number | null;
  @ApiProperty({ type: FirstContactResolutionDto, description: 'Cases opened in the period (R5), with the rule in plain Dutch' }) firstContactResolution!: FirstContactResolutionDto;
  @ApiProperty({ type: ContactsPerQuestionDto, description: 'Resolved cases opened in the period (R6)' }) contactsPerQuestion!: ContactsPerQuestionDto;
  @ApiProperty({ type: CallbackKpisDto }) callbacks!: CallbackKpisDto;
  @ApiProperty({ type: [DeflectionRowDto], description: 'Portal article views against contacts, per topic' }) deflection!: DeflectionRowDto[];
}
