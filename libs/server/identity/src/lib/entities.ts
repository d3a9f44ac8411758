import { OrganizationEntity } from './organization.entity';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';
import { IntegrationClientEntity, IntegrationTokenEntity } from './clients/integration-client.entity';

export const identityEntities = [OrganizationEntity, UserEntity, SessionEntity, IntegrationClientEntity, IntegrationTokenEntity];
