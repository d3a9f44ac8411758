import { OrganizationEntity } from './organization.entity';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

export const identityEntities = [OrganizationEntity, UserEntity, SessionEntity];
