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
import { ErpRecords1765010000000 } from './1765010000000-erp-records';
import { IntegrationBatches1765010000001 } from './1765010000001-integration-batches';
import { IntegrationClientTokensIndex1765020000000 } from './1765020000000-integration-client-tokens-index';
import { ContactmomentenOrder1765030000000 } from './1765030000000-contactmomenten-order';
import { Webhooks1765040000000 } from './1765040000000-webhooks';
import { WorklistFilterIndexes1765050000000 } from './1765050000000-worklist-filter-indexes';
import { CaseEventContact1765060000000 } from './1765060000000-case-event-contact';

/** In order. Add new migrations at the end; never edit one that has shipped. */
export const migrations = [Initial1763820000000, ContactLog1763900000000, Sla1764000000000, Callbacks1764100000000, KnowledgeBase1764200000000, KbSearchState1764300000000, LoginProtection1764420000000, AccessLog1764430000000, Privacy1764440000000, Worklists1764500000000, Answers1764510000000, CustomerKeyTokens1764550000000, IntegrationsFoundation1764900000000, VeraChannels1765000000000, ErpRecords1765010000000, IntegrationBatches1765010000001, IntegrationClientTokensIndex1765020000000, ContactmomentenOrder1765030000000, Webhooks1765040000000, WorklistFilterIndexes1765050000000, CaseEventContact1765060000000];
