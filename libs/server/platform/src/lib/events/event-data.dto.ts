import { ApiProperty } from '@nestjs/swagger';

/**
 * The pieces every integration event's `data` (and the VERA-shaped reads) is built from, in VERA's
 * terms: a coded value as `{code, naam}` and a relatie by Loket's id and the ERP's own id.
 */
export class VeraCodeDto {
  @ApiProperty({ example: 'TEL', description: 'De VERA-code (referentiedata)' }) code!: string;
  @ApiProperty({ example: 'Telefoon', description: 'De naam van de code volgens VERA' }) naam!: string;
}

/** A relatie (customer): Loket's id, and the ERP's id (idExtern) when the ERP linked one. */
export class RelatieRefDto {
  @ApiProperty({ format: 'uuid', description: 'De id van de relatie in Loket' }) id!: string;
  @ApiProperty({ type: String, nullable: true, example: 'REL-000123', description: 'De id van de relatie in het ERP (idExtern); null zolang het ERP de klant niet heeft gekoppeld' })
  idExtern!: string | null;
}

/** Something of Loket's named by its id (a zaak, a contactmoment). */
export class LoketRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
}

/** A team named in an event: its id and name (a team is the organization's, never a person). */
export class EventTeamDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Klantcontact' }) naam!: string;
}
