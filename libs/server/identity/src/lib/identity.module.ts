import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { DirectoryService } from './directory.service';
import { IdentityPrivacy } from './identity-privacy';
import { IdentityRepository } from './identity.repository';
import { LoginThrottle } from './login-throttle';
import { OrganizationSettingsController, OrganizationSettingsService } from './organization/organization-settings';
import { ClientTokenController, IntegrationClientsController, IntegrationConnectionController } from './clients/clients.controller';
import { ClientsRepository } from './clients/clients.repository';
import { ClientsService } from './clients/clients.service';
import { ClientThrottle } from './clients/client-throttle';

/**
 * Who is who, without log-in or HTTP: names, team membership, the privacy part. For modules that
 * know people by id (reference data, the contact log, …). The repository is exported only for
 * modules that still provide IdentityPrivacy themselves (privacy); no module imports its class.
 */
@Module({
  providers: [IdentityRepository, DirectoryService, IdentityPrivacy],
  exports: [IdentityRepository, DirectoryService, IdentityPrivacy],
})
export class IdentityDirectoryModule {}

@Module({
  imports: [IdentityDirectoryModule],
  controllers: [AuthController, OrganizationSettingsController, ClientTokenController, IntegrationClientsController, IntegrationConnectionController],
  providers: [AuthService, LoginThrottle, OrganizationSettingsService, ClientsService, ClientsRepository, ClientThrottle, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AuthService, IdentityDirectoryModule],
})
export class IdentityModule {}

/** Identity without HTTP: for the worker. */
@Module({ imports: [IdentityDirectoryModule], providers: [AuthService, LoginThrottle, ClientsService, ClientsRepository, ClientThrottle], exports: [AuthService, IdentityDirectoryModule] })
export class IdentityCoreModule {}
