import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { STAFF_ROLES, type LoginRequest, type LoginResponse, type SessionUser, type StaffRole } from '@loket/shared/contracts';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'agent@linde.demo' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Loket-demo-1' })
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200)
  password!: string;
}

export class OrganizationRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'linde' }) slug!: string;
  @ApiProperty({ example: 'Woonstichting De Linde' }) name!: string;
}

export class SessionUserDto implements SessionUser {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ['staff', 'tenant'] }) kind!: 'staff' | 'tenant';
  @ApiProperty({ enum: STAFF_ROLES, isArray: true }) roles!: StaffRole[];
  @ApiProperty({ type: OrganizationRefDto }) organization!: OrganizationRefDto;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) customerId!: string | null;
}

export class LoginResponseDto implements LoginResponse {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ type: SessionUserDto }) user!: SessionUserDto;
}
