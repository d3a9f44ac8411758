import { Body, Controller, Get, HttpCode, Patch, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ApiProblems, Actor, Authenticated, CurrentActor, Public, ShowsNoCustomerData, Staff, STAFF_ROLES_ALL } from '@loket/server/platform';
import { AuthService } from './auth.service';
import { LoginDto, LoginResponseDto, SessionUserDto, UpdateMeDto } from './dto/auth.dto';

@ApiTags('auth')
@Controller('auth')
@ShowsNoCustomerData()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiProblems(400, 401, 429, 503)
  login(@Body() body: LoginDto, @Req() request: FastifyRequest): Promise<LoginResponseDto> {
    return this.auth.login(body.email, body.password, {
      address: request.ip,
    });
  }

  @Post('logout')
  @HttpCode(204)
  @Authenticated()
  @ApiBearerAuth()
  @ApiNoContentResponse()
  logout(@CurrentActor() actor: Actor): Promise<void> {
    return this.auth.logout(actor);
  }

  @Get('me')
  @Authenticated()
  @ApiBearerAuth()
  @ApiOkResponse({ type: SessionUserDto })
  me(@CurrentActor() actor: Actor): Promise<SessionUserDto> {
    return this.auth.me(actor);
  }

  /** A staff member's own settings (when to hear of missed response targets). */
  @Patch('me')
  @Staff(...STAFF_ROLES_ALL)
  @ApiBearerAuth()
  @ApiOkResponse({ type: SessionUserDto })
  @ApiProblems(400)
  updateMe(@CurrentActor() actor: Actor, @Body() body: UpdateMeDto): Promise<SessionUserDto> {
    return this.auth.updateMe(actor, body);
  }
}
