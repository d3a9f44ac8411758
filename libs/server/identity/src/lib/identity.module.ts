import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { DirectoryService } from './directory.service';
import { LoginThrottle } from './login-throttle';
import { TeamsController } from './teams.controller';

@Module({
  controllers: [AuthController, TeamsController],
  providers: [AuthService, DirectoryService, LoginThrottle, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AuthService, DirectoryService],
})
export class IdentityModule {}

/** Identity without HTTP: for the worker. */
@Module({ providers: [AuthService, DirectoryService, LoginThrottle], exports: [AuthService, DirectoryService] })
export class IdentityCoreModule {}
