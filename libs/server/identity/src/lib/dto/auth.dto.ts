import { ApiProperty } from '@nestjs/swagger';
import { fieldCode } from '@loket/server/platform';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { NOTIFICATION_HOURS, STAFF_ROLES, type NotificationHours, type StaffRole } from '@loket/shared/contracts';

export class LoginDto {
  @ApiProperty({ example: 'agent@linde.demo' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Loket-demo-1' })
  @IsString()
  @MinLength(1, fieldCode('required'))
  @MaxLength(200)
  password!: string;
}

export class OrganizationRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'linde' }) slug!: string;
  @ApiProperty({ example: 'Woonstichting De Linde' }) name!: string;
}

export class SessionUserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ['staff', 'tenant'], enumName: 'AccountKind' }) kind!: 'staff' | 'tenant';
  @ApiProperty({ enum: STAFF_ROLES, enumName: 'StaffRole', isArray: true }) roles!: StaffRole[];
  @ApiProperty({ type: OrganizationRefDto }) organization!: OrganizationRefDto;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) customerId!: string | null;
  @ApiProperty({ enum: NOTIFICATION_HOURS, enumName: 'NotificationHours' }) notificationHours!: NotificationHours;
}

export class UpdateMeDto {
  @ApiProperty({ enum: NOTIFICATION_HOURS, enumName: 'NotificationHours', required: false, description: 'When to hear of missed response targets by e-mail' })
  @IsOptional() @IsIn(NOTIFICATION_HOURS) notificationHours?: NotificationHours;
}

export class LoginResponseDto {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ type: SessionUserDto }) user!: SessionUserDto;
}
