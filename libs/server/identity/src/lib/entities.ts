import { OrganizationEntity } from './organization.entity';
import { SessionEntity } from './session.entity';
import { TeamEntity } from './team.entity';
import { UserEntity } from './user.entity';

export const identityEntities = [OrganizationEntity, UserEntity, SessionEntity, TeamEntity];
