import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Actor, CurrentActor, Public, ShowsNoCustomerData, Staff } from '@loket/server/platform';
import { ClientsService } from './clients.service';
import { CreateIntegrationClientDto, IntegrationClientWithSecretDto, TokenRequestDto, TokenResponseDto } from './clients.dto';

/** The id and secret of HTTP Basic authentication (RFC 6749 §2.3.1: each form-urlencoded). */
function basicCredentials(header: string | undefined): { clientId: string; clientSecret: string } | null {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header ?? '');
  if (!m) return null;
  const text = Buffer.from(m[1], 'base64').toString('utf8');
  const at = text.indexOf(':');
  if (at < 0) return null;
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s.replace(/\+/g, ' '));
    } catch {
      return s;
    }
  };
  return { clientId: decode(text.slice(0, at)), clientSecret: decode(text.slice(at + 1)) };
}

@ApiTags('auth')
@Controller('auth')
@ShowsNoCustomerData()
export class ClientTokenController {
  constructor(private readonly clients: ClientsService) {}

  @Post('token')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary: 'Token voor een koppeling (OAuth2 client credentials)',
    description:
      'An integration client (ERP, contractor) exchanges its client_id and client_secret for a short-lived bearer token. ' +
      'Send them as form fields (application/x-www-form-urlencoded), as JSON, or as HTTP Basic. `scope` narrows the token to some of the client\'s scopes.',
  })
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiOkResponse({ type: TokenResponseDto })
  @ApiProblems(400, 401, 429, 503)
  token(@Body() body: TokenRequestDto, @Headers('authorization') authorization?: string): Promise<TokenResponseDto> {
    const basic = basicCredentials(authorization);
    return this.clients.token({
      clientId: basic?.clientId ?? body.client_id,
      clientSecret: basic?.clientSecret ?? body.client_secret,
      scope: body.scope,
    });
  }
}

@ApiTags('integration-clients')
@ApiBearerAuth()
@Controller('integration-clients')
@ShowsNoCustomerData()
export class IntegrationClientsController {
  constructor(private readonly clients: ClientsService) {}

  @Post()
  @Staff('admin')
  @ApiOperation({ summary: 'Een koppeling aanmaken', description: 'Creates an integration client of the admin\'s organization. The secret is in this answer only.' })
  @ApiCreatedResponse({ type: IntegrationClientWithSecretDto })
  @ApiProblems(400)
  create(@CurrentActor() actor: Actor, @Body() body: CreateIntegrationClientDto): Promise<IntegrationClientWithSecretDto> {
    return this.clients.create(actor, body);
  }
}
