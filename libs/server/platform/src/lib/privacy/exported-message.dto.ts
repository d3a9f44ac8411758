import { ApiProperty } from '@nestjs/swagger';

/** An e-mail or letter we sent to the customer, as it appears in a data export (AVG art. 15). */
export class ExportedMessageDto {
  @ApiProperty({ example: 'email' }) channel!: string;
  @ApiProperty({ nullable: true, type: String }) recipient!: string | null;
  @ApiProperty() subject!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ example: 'sent' }) status!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) sentAt!: string | null;
}
