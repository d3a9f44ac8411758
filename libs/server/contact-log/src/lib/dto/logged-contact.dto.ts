import { ApiProperty } from '@nestjs/swagger';
import { DAY_PARTS, type DayPart } from '@loket/shared/contracts';
import { PersonRefDto, TeamRefDto } from '@loket/server/platform';
import { ContactDto } from './responses.dto';

/** The callback agreed in the contact, as it was written. */
export class AgreedCallbackDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) windowStart!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty({ enum: DAY_PARTS, enumName: 'DayPart', nullable: true }) dayPart!: DayPart | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) assignee!: PersonRefDto | null;
  @ApiProperty({ type: TeamRefDto, nullable: true }) team!: TeamRefDto | null;
  @ApiProperty({ example: 'op maandag 7 december tussen 08:30 en 12:00 (ochtend)', description: 'The moment in the customer’s words (Dutch), as in the confirmation' }) when!: string;
}

/** `POST /contacts`: the contact as `GET /contacts/{id}` returns it, with the callback agreed in it. */
export class LoggedContactDto extends ContactDto {
  @ApiProperty({ type: AgreedCallbackDto, nullable: true }) callback!: AgreedCallbackDto | null;
}
