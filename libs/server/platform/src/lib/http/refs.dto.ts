import { ApiProperty } from '@nestjs/swagger';
import { MARKER_CODES, type MarkerCode } from '@loket/shared/contracts';

/** References every module's answers use: one schema each in the API document. */
export class PersonRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

export class TopicRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'reparatie' }) code!: string;
  @ApiProperty({ example: 'Reparatie en onderhoud' }) name!: string;
}

export class TeamRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Klantcontact' }) name!: string;
}

/**
 * A customer as every list row and page that names them shows it: name, number and the safety
 * markers in force today (R3), so staff see the warning wherever they meet the customer.
 */
export class CustomerRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Kees de Vries' }) fullName!: string;
  @ApiProperty({ example: 'K-000123' }) customerNumber!: string;
  @ApiProperty({ enum: MARKER_CODES, enumName: 'MarkerCode', isArray: true, description: 'Safety markers (AGR, WAN) in force today' })
  safetyMarkers!: MarkerCode[];
}
