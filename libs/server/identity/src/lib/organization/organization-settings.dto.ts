import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';

/** What an admin sets: how customers reach the corporation. */
export class PutOrganizationSettingsDto {
  @ApiProperty({ nullable: true, type: String, example: '088 123 45 67', description: 'A Dutch phone number; stored as national digits' })
  @IsOptional() @IsString() @MaxLength(30) phone!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'klantcontact@linde.demo', description: 'A monitored address: the Reply-To of mails to customers' })
  @IsOptional() @IsEmail() @MaxLength(254) replyAddress!: string | null;
}

export class OrganizationSettingsDto {
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String, description: 'National digits, e.g. 0881234567' }) phone!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Written the Dutch way, e.g. 088 123 45 67' }) phoneDisplay!: string | null;
  @ApiProperty({ nullable: true, type: String }) replyAddress!: string | null;
}
