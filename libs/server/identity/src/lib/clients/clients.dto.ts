import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { INTEGRATION_SCOPES, type IntegrationScope } from '@loket/shared/contracts';

/** What an admin gives a new integration client. */
export class CreateIntegrationClientDto {
  @ApiProperty({ example: 'Empire (productie)', description: 'A name staff recognise the system by' })
  @IsString() @MinLength(1) @MaxLength(100) name!: string;

  @ApiProperty({ enum: INTEGRATION_SCOPES, enumName: 'IntegrationScope', isArray: true, description: 'What the client may do, by VERA information domain' })
  @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsIn(INTEGRATION_SCOPES, { each: true }) scopes!: IntegrationScope[];
}

/** An admin's change to a client: its name, its scopes, or both. */
export class UpdateIntegrationClientDto {
  @ApiPropertyOptional({ example: 'Empire (productie)' })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(100) name?: string;

  @ApiPropertyOptional({
    enum: INTEGRATION_SCOPES, enumName: 'IntegrationScope', isArray: true,
    description: 'The new scopes (the whole set). A scope taken away stops working for live tokens within seconds.',
  })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsIn(INTEGRATION_SCOPES, { each: true }) scopes?: IntegrationScope[];
}

/** How to rotate a client's secret. */
export class RotateIntegrationClientDto {
  @ApiPropertyOptional({
    default: false,
    description: 'Also end the live tokens at once (choose this when the old secret may have leaked). Otherwise they run out by themselves, within 15 minutes.',
  })
  @IsOptional() @IsBoolean() endTokens?: boolean;
}

export const INTEGRATION_CLIENT_STATUSES = ['active', 'revoked'] as const;
export type IntegrationClientStatus = (typeof INTEGRATION_CLIENT_STATUSES)[number];

export class IntegrationClientDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: INTEGRATION_CLIENT_STATUSES, enumName: 'IntegrationClientStatus', description: '`revoked`: the client gets no tokens and its tokens no longer work' })
  status!: IntegrationClientStatus;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'The public id the client logs in with (client_id)' }) clientId!: string;
  @ApiProperty({ enum: INTEGRATION_SCOPES, enumName: 'IntegrationScope', isArray: true }) scopes!: IntegrationScope[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) rotatedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) revokedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'When it last got a token' }) lastUsedAt!: string | null;
}

/** A new (or rotated) client: the only time its secret is shown. */
export class IntegrationClientWithSecretDto extends IntegrationClientDto {
  @ApiProperty({ description: 'Shown once; Loket keeps only its hash' }) clientSecret!: string;
}

/** OAuth2 client credentials (RFC 6749 §4.4), as form fields or JSON; the id and secret may come as HTTP Basic instead. */
export class TokenRequestDto {
  @ApiProperty({ enum: ['client_credentials'], example: 'client_credentials' })
  @IsIn(['client_credentials']) grant_type!: 'client_credentials';

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) client_id?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) client_secret?: string;

  @ApiPropertyOptional({ description: 'Space-separated subset of the client\'s scopes; all of them when left out', example: 'relaties.write vastgoed.write' })
  @IsOptional() @IsString() @MaxLength(500) scope?: string;
}

export class TokenResponseDto {
  @ApiProperty() access_token!: string;
  @ApiProperty({ enum: ['Bearer'] }) token_type!: 'Bearer';
  @ApiProperty({ description: 'Seconds the token is valid' }) expires_in!: number;
  @ApiProperty({ description: 'Space-separated scopes of the token' }) scope!: string;
}

/** The organization a client belongs to. */
export class ConnectionOrganizationDto {
  @ApiProperty({ example: 'linde' }) slug!: string;
  @ApiProperty({ example: 'Woonstichting De Linde' }) name!: string;
}

/** What a client learns about its own connection: who it is, for which organization, with which scopes and until when. */
export class IntegrationConnectionDto {
  @ApiProperty({ format: 'uuid', description: 'The integration client\'s id in Loket' }) id!: string;
  @ApiProperty({ description: 'The name the organization gave the client' }) name!: string;
  @ApiProperty({ description: 'The client_id the client logs in with' }) clientId!: string;
  @ApiProperty({ type: ConnectionOrganizationDto }) organization!: ConnectionOrganizationDto;
  @ApiProperty({ enum: INTEGRATION_SCOPES, enumName: 'IntegrationScope', isArray: true, description: 'The scopes this token may use now' }) scopes!: IntegrationScope[];
  @ApiProperty({ format: 'date-time', description: 'When this token stops working; ask POST /auth/token for a new one before then' }) tokenExpiresAt!: string;
}
