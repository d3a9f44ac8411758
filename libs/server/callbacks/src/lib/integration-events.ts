import { ApiProperty } from '@nestjs/swagger';
import { EventTeamDto, LoketRefDto, RelatieRefDto, VeraCodeDto } from '@loket/server/platform';
import { CALLBACK_STATUSES, veraReferentiedata, type CallbackStatus, type DayPart } from '@loket/shared/contracts';
import type { CallbackRow } from './callbacks.repository';

/** What every callback event says of the callback (terugbelverzoek). No reason, no phone number, no result text. */
class CallbackEventBaseDto {
  @ApiProperty({ format: 'uuid', description: 'De id van het terugbelverzoek in Loket' }) id!: string;
  @ApiProperty({ type: RelatieRefDto }) relatie!: RelatieRefDto;
  @ApiProperty({ type: LoketRefDto, description: 'De zaak (vraag) waar het terugbelverzoek bij hoort' }) zaak!: LoketRefDto;
  @ApiProperty({ enum: CALLBACK_STATUSES, enumName: 'CallbackStatus' }) status!: CallbackStatus;
  @ApiProperty({ type: EventTeamDto, nullable: true, description: 'Het team dat terugbelt' }) team!: EventTeamDto | null;
  @ApiProperty({ format: 'date-time', description: 'Uiterlijk terugbellen (het einde van het afgesproken venster)' }) uiterlijk!: string;
}

/** `callback.created`: a callback was agreed (by staff, in a contact, or asked for by the tenant in Mijn Loket). */
export class CallbackCreatedEventDto extends CallbackEventBaseDto {
  @ApiProperty({ type: LoketRefDto, nullable: true, description: 'Het contactmoment waarin het werd afgesproken' }) contactmoment!: LoketRefDto | null;
  @ApiProperty({ format: 'date-time', description: 'Het begin van het afgesproken venster' }) vanaf!: string;
  @ApiProperty({ type: VeraCodeDto, nullable: true, description: 'VERA DAGDEEL, als een dagdeel is afgesproken' }) dagdeel!: VeraCodeDto | null;
  @ApiProperty({ description: 'De huurder vroeg er zelf om (Mijn Loket)' }) doorKlantGevraagd!: boolean;
}

/** `callback.escalated`: a callback was not made in time; level 1 (the team lead and the team queue) at due, level 2 later (the manager; the customer hears of the delay). */
export class CallbackEscalatedEventDto extends CallbackEventBaseDto {
  @ApiProperty({ enum: [1, 2], description: 'Escalatieniveau' }) niveau!: 1 | 2;
  @ApiProperty({ format: 'date-time' }) geescaleerdOp!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Niveau 2: het nieuwe moment dat de klant is genoemd' }) nieuweVerwachting!: string | null;
}

/** `callback.completed`: the call was made (it is also a `contact.logged`). */
export class CallbackCompletedEventDto extends CallbackEventBaseDto {
  @ApiProperty({ format: 'date-time' }) voltooidOp!: string;
  @ApiProperty({ description: 'De vraag is met dit telefoontje beantwoord' }) opgelost!: boolean;
  @ApiProperty({ description: 'Pogingen voordat het lukte' }) aantalPogingen!: number;
}

type Facts = Pick<CallbackRow, 'id' | 'customer_id' | 'case_id' | 'status' | 'team_id' | 'due_at'>;
const iso = (d: Date | string) => new Date(d).toISOString();

function base(r: Facts, relatie: RelatieRefDto, team: EventTeamDto | null): CallbackEventBaseDto {
  return { id: r.id, relatie, zaak: { id: r.case_id }, status: r.status, team, uiterlijk: iso(r.due_at) };
}

export function callbackCreated(
  r: Facts & Pick<CallbackRow, 'contact_id' | 'window_start' | 'day_part' | 'requested_by_customer'>, relatie: RelatieRefDto, team: EventTeamDto | null,
): CallbackCreatedEventDto {
  return {
    ...base(r, relatie, team), contactmoment: r.contact_id ? { id: r.contact_id } : null, vanaf: iso(r.window_start),
    dagdeel: r.day_part ? veraReferentiedata('DAGDEEL', r.day_part as DayPart) : null, doorKlantGevraagd: r.requested_by_customer,
  };
}

export function callbackEscalated(r: Facts, relatie: RelatieRefDto, team: EventTeamDto | null, level: 1 | 2, at: Date, newExpectation: Date | null): CallbackEscalatedEventDto {
  return { ...base(r, relatie, team), niveau: level, geescaleerdOp: at.toISOString(), nieuweVerwachting: newExpectation ? newExpectation.toISOString() : null };
}

export function callbackCompleted(r: Facts & Pick<CallbackRow, 'attempt_count'>, relatie: RelatieRefDto, team: EventTeamDto | null, resolved: boolean, at: Date): CallbackCompletedEventDto {
  return { ...base(r, relatie, team), status: 'completed', voltooidOp: at.toISOString(), opgelost: resolved, aantalPogingen: r.attempt_count };
}
