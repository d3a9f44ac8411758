import { ApiProperty } from '@nestjs/swagger';
import { EventTeamDto, LoketRefDto, RelatieRefDto, VeraCodeDto } from '@loket/server/platform';
import { CASE_STATUSES, CHANNELS, CONTACT_OUTCOMES, type CaseStatus, type Channel, type ContactOutcome } from '@loket/shared/contracts';

/**
 * A contact as VERA's Contactmoment (domain Relaties): what `GET /integrations/contactmomenten`
 * lists and what `contact.logged` carries. Its text is the contact's summary, never the internal note.
 */
export class ContactmomentDto {
  @ApiProperty({ format: 'uuid', description: 'De id van het contactmoment in Loket' }) id!: string;
  @ApiProperty({ format: 'date-time', example: '2026-12-07T09:00:00.000Z', description: 'Datum en tijd waarop het contact was (UTC)' }) datum!: string;
  @ApiProperty({ format: 'date-time', description: 'Wanneer het contact in Loket is vastgelegd (UTC); de volgorde van deze lijst' }) geregistreerdOp!: string;
  @ApiProperty({ type: VeraCodeDto, nullable: true, description: 'VERA COMMUNICATIEKANAAL. Null voor een kanaal zonder VERA-code (sociale media); loketKanaal noemt het dan' })
  kanaal!: VeraCodeDto | null;
  @ApiProperty({ enum: CHANNELS, enumName: 'Channel', description: 'Het kanaal in Loket' }) loketKanaal!: Channel;
  @ApiProperty({ type: VeraCodeDto, description: 'VERA COMMUNICATIERICHTING: INK (inkomend) of UIT (uitgaand)' }) richting!: VeraCodeDto;
  @ApiProperty({ type: VeraCodeDto, description: 'Het soort contactmoment (CONTACTMOMENTSOORT; VERA levert geen lijst): het onderwerp uit de eigen lijst van de corporatie' })
  soort!: VeraCodeDto;
  @ApiProperty({ example: 'Lekkage badkamer', description: 'Het onderwerp: de vraag (zaak) waar het contact bij hoort' }) onderwerp!: string;
  @ApiProperty({ example: 'Huurder meldt lekkage; loodgieter ingepland.', description: 'De samenvatting van het contact (nooit de interne notitie)' }) tekst!: string;
  @ApiProperty({ enum: CONTACT_OUTCOMES, enumName: 'ContactOutcome', description: 'De uitkomst in Loket' }) uitkomst!: ContactOutcome;
  @ApiProperty({ type: RelatieRefDto, description: 'De relatie waarmee contact was' }) relatie!: RelatieRefDto;
  @ApiProperty({ type: LoketRefDto, description: 'De zaak (vraag) in Loket' }) zaak!: LoketRefDto;
}

/** `contact.logged`: a contact on any channel, either direction, was logged (also an answer sent and a callback made). */
export class ContactLoggedEventDto extends ContactmomentDto {}

/** What every case event says of the case. */
class CaseEventBaseDto {
  @ApiProperty({ type: LoketRefDto, description: 'De zaak (vraag) in Loket' }) zaak!: LoketRefDto;
  @ApiProperty({ type: RelatieRefDto }) relatie!: RelatieRefDto;
  @ApiProperty({ enum: CASE_STATUSES, enumName: 'CaseStatus', description: 'De status van de zaak na deze gebeurtenis' }) status!: CaseStatus;
  @ApiProperty({ type: VeraCodeDto, description: 'Het soort (onderwerp uit de lijst van de corporatie)' }) soort!: VeraCodeDto;
}

/** `case.opened`: a question (zaak) was opened, with the team that has it and its due moments. */
export class CaseOpenedEventDto extends CaseEventBaseDto {
  @ApiProperty({ example: 'Lekkage badkamer' }) onderwerp!: string;
  @ApiProperty({ format: 'date-time' }) geopendOp!: string;
  @ApiProperty({ type: EventTeamDto, nullable: true, description: 'Het team dat de zaak heeft' }) team!: EventTeamDto | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Streefmoment eerste reactie (servicenorm); null zonder norm' }) eersteReactieUiterlijk!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Streefmoment afhandeling (servicenorm); null zonder norm' }) afhandelingUiterlijk!: string | null;
}

/** `case.forwarded`: the case went to another team or colleague (the hand-off note is for colleagues and is not included). */
export class CaseForwardedEventDto extends CaseEventBaseDto {
  @ApiProperty({ format: 'date-time' }) doorgezetOp!: string;
  @ApiProperty({ type: EventTeamDto, nullable: true, description: 'Het team dat de zaak nu heeft' }) team!: EventTeamDto | null;
  @ApiProperty({ description: 'Doorgezet naar een medewerker (in dat team) in plaats van naar de wachtrij van het team' }) naarMedewerker!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Streefmoment afhandeling (de klok loopt door)' }) afhandelingUiterlijk!: string | null;
}

/** `case.resolved`: the question was answered (in a contact, or by staff resolving it). */
export class CaseResolvedEventDto extends CaseEventBaseDto {
  @ApiProperty({ format: 'date-time' }) opgelostOp!: string;
  @ApiProperty({ description: 'Hoeveel contacten het kostte' }) aantalContacten!: number;
}
