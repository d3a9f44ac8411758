import { ApiProperty } from '@nestjs/swagger';

/** A portal account of the customer, as it appears in a data export (AVG art. 15). */
export class ExportedAccountDto {
  @ApiProperty() email!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastLoginAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) disabledAt!: string | null;
}
