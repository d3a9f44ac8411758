import { Initial1763820000000 } from './1763820000000-initial';
import { ContactLog1763900000000 } from './1763900000000-contact-log';
import { Sla1764000000000 } from './1764000000000-sla';
import { Callbacks1764100000000 } from './1764100000000-callbacks';
import { KnowledgeBase1764200000000 } from './1764200000000-knowledge-base';
import { KbSearchState1764300000000 } from './1764300000000-kb-search-state';
import { LoginProtection1764420000000 } from './1764420000000-login-protection';
import { AccessLog1764430000000 } from './1764430000000-access-log';
import { Privacy1764440000000 } from './1764440000000-privacy';
import { Worklists1764500000000 } from './1764500000000-worklists';
import { Answers1764510000000 } from './1764510000000-answers';
import { CustomerKeyTokens1764550000000 } from './1764550000000-customer-key-tokens';
import { IntegrationsFoundation1764900000000 } from './1764900000000-integrations-foundation';
import { VeraChannels1765000000000 } from './1765000000000-vera-channels';
import { IntegrationClientTokensIndex1765020000000 } from './1765020000000-integration-client-tokens-index';

/** In order. Add new migrations at the end; never edit one that has shipped. */
export const migrations = [Initial1763820000000, ContactLog1763900000000, Sla1764000000000, Callbacks1764100000000, KnowledgeBase1764200000000, KbSearchState1764300000000, LoginProtection1764420000000, AccessLog1764430000000, Privacy1764440000000, Worklists1764500000000, Answers1764510000000, CustomerKeyTokens1764550000000, IntegrationsFoundation1764900000000, VeraChannels1765000000000, IntegrationClientTokensIndex1765020000000];
