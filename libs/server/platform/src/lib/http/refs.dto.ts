import { ApiProperty } from '@nestjs/swagger';

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
