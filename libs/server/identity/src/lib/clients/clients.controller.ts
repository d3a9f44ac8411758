import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiBearerAuth, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Actor, Client, CurrentActor, Public, ShowsNoCustomerData, Staff } from '@loket/server/platform';
import { INTEGRATION_SCOPES } from '@loket/shared/contracts';
import { ClientsService } from './clients.service';
import {
  CreateIntegrationClientDto, IntegrationClientDto, IntegrationClientWithSecretDto, IntegrationConnectionDto, RotateIntegrationClientDto, TokenRequestDto,
  TokenResponseDto, UpdateIntegrationClientDto,
} from './clients.dto';

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
      'An integration client (ERP, contractor) exchanges its client_id and client_secret for a short-lived bearer token (RFC 6749 §4.4). ' +
      'Send them as form fields (application/x-www-form-urlencoded), as JSON, or as HTTP Basic. `scope` narrows the token to some of the client\'s scopes. ' +
      'The token is valid for 15 minutes (`expires_in`): reuse it until shortly before then. ' +
      'Token requests are limited per client_id (CLIENT_TOKEN_REQUESTS_PER_MINUTE, right secret or wrong); over the limit the answer is 429 with Retry-After. ' +
      'A wrong or revoked client is always the same 401.',
  })
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiOkResponse({ type: TokenResponseDto })
  @ApiProblems(400, 401, 429, 503)
  token(@Body() body: TokenRequestDto, @Req() request: FastifyRequest): Promise<TokenResponseDto> {
    // HTTP Basic is optional (RFC 6749 §2.3.1): read from the request, so the document does not call it required.
    const basic = basicCredentials(request.headers.authorization);
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
  @ApiOperation({
    summary: 'Een koppeling aanmaken',
    description:
      'Creates an integration client (a machine client of the admin\'s organization, e.g. its ERP) with a name and scopes named after the VERA information domains. ' +
      'The answer holds the client_id and the client_secret; the secret is in this answer only (Loket keeps its hash). On record in the audit log.',
  })
  @ApiCreatedResponse({ type: IntegrationClientWithSecretDto })
  @ApiProblems(400)
  create(@CurrentActor() actor: Actor, @Body() body: CreateIntegrationClientDto): Promise<IntegrationClientWithSecretDto> {
    return this.clients.create(actor, body);
  }

  @Get()
  @Staff('admin')
  @ApiOperation({
    summary: 'Koppelingen van de organisatie',
    description: 'The integration clients of the admin\'s organization: live ones first (newest first), then the revoked ones (`status: revoked`). `lastUsedAt` is when the client last got a token. Never a secret.',
  })
  @ApiOkResponse({ type: IntegrationClientDto, isArray: true })
  list(@CurrentActor() actor: Actor): Promise<IntegrationClientDto[]> {
    return this.clients.list(actor);
  }

  @Get(':id')
  @Staff('admin')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({ summary: 'Een koppeling', description: 'One integration client of the admin\'s organization; another organization\'s client is not found (404).' })
  @ApiOkResponse({ type: IntegrationClientDto })
  @ApiProblems(404)
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<IntegrationClientDto> {
    return this.clients.get(actor, id);
  }

  @Patch(':id')
  @Staff('admin')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({
    summary: 'Naam of scopes van een koppeling wijzigen',
    description:
      'Renames a client and/or replaces its scopes (the whole set). A scope taken away stops working for the client\'s live tokens at once in this API process and within 5 seconds in the others; ' +
      'a scope added is in the next token. A revoked client cannot change (409). Scope changes are on record in the audit log.',
  })
  @ApiOkResponse({ type: IntegrationClientDto })
  @ApiProblems(400, 404, 409)
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateIntegrationClientDto): Promise<IntegrationClientDto> {
    return this.clients.update(actor, id, body);
  }

  @Post(':id/rotate')
  @HttpCode(200)
  @Staff('admin')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({
    summary: 'Nieuw geheim voor een koppeling',
    description:
      'Gives the client a new client_secret, in this answer only. The old secret stops at once: the next POST /auth/token with it is a 401. ' +
      'Tokens the client already has keep working until they expire (at most 15 minutes), so a running ERP is not cut off while the new secret is put in; ' +
      'with `endTokens: true` (the old secret may have leaked) they stop at once as well. On record in the audit log.',
  })
  @ApiOkResponse({ type: IntegrationClientWithSecretDto })
  @ApiProblems(400, 404, 409)
  rotate(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: RotateIntegrationClientDto): Promise<IntegrationClientWithSecretDto> {
    return this.clients.rotate(actor, id, { endTokens: body?.endTokens });
  }

  @Delete(':id')
  @HttpCode(204)
  @Staff('admin')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({
    summary: 'Een koppeling intrekken',
    description:
      'Revokes the client: it gets no more tokens and its live tokens stop at once in this API process (within 5 seconds in the others). ' +
      'The client stays listed as revoked, for the record; revoking it again changes nothing. On record in the audit log.',
  })
  @ApiNoContentResponse()
  @ApiProblems(404)
  revoke(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<void> {
    return this.clients.revoke(actor, id);
  }
}

@ApiTags('integrations')
@ApiBearerAuth()
@Controller('integrations')
@ShowsNoCustomerData()
export class IntegrationConnectionController {
  constructor(private readonly clients: ClientsService) {}

  @Get('connection')
  @Client(...INTEGRATION_SCOPES)
  @ApiOperation({
    summary: 'Verbinding testen (wie ben ik)',
    description:
      'For an integration client with any scope: the client\'s name and client_id, the organization (corporatie) it acts for, the scopes of this token and when the token expires. ' +
      'Integrators call it to test a connection. No customer data.',
  })
  @ApiOkResponse({ type: IntegrationConnectionDto })
  connection(@CurrentActor() actor: Actor): Promise<IntegrationConnectionDto> {
    return this.clients.connection(actor);
  }
}
