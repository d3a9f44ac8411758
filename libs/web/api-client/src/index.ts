export { api, data, type Schemas } from './lib/client';
export { ApiError, apiDownload, apiRequest, configureApiClient, isApiError, saveDownload, type DownloadedFile, type FieldProblem, type Problem, type RequestOptions } from './lib/http';
export { clearSession, getAccessToken, hasExpiredSession, hasSession, saveSession } from './lib/session-store';
export { queryKeys } from './lib/query-keys';
export { createQueryClient } from './lib/query-client';
export { authApi } from './lib/auth/auth.api';
export { OtherUserError, useLogin, useLogout, useRenewSession, useSessionUser, WrongAccountKindError } from './lib/auth/auth.hooks';
export { describeError, sessionBackend } from './lib/auth/session-backend';
export { customersApi } from './lib/customers/customers.api';
export {
  SEARCH_LIMIT, SEARCH_MIN_LENGTH, useCreateMarker, useCustomer, useCustomerOverview, useCustomerSearch,
  useUpdateCustomer, useUpdateMarker,
} from './lib/customers/customers.hooks';
export { portalApi } from './lib/portal/portal.api';
export { useAskQuestion, usePortalCase, usePortalFile, usePortalMe, useUpdatePreferences } from './lib/portal/portal.hooks';
export { contactLogApi, type CaseFilters } from './lib/contact-log/contact-log.api';
export {
  TIMELINE_PAGE_SIZE, useCase, useCases, useCreateContact, useCustomerTimeline, useLocations, useResolveCase, useTopics,
  useUpdateCase,
} from './lib/contact-log/contact-log.hooks';

export { reportingApi } from './lib/reporting/reporting.api';
export { useKpiReport } from './lib/reporting/reporting.hooks';
export { slaApi, type SlaPreviewParams } from './lib/sla/sla.api';
export { useSlaCalendar, useSlaPolicies, useSlaPreview, useUpdateSlaCalendar, useUpdateSlaPolicies } from './lib/sla/sla.hooks';

export { callbacksApi, type CallbackFilters } from './lib/callbacks/callbacks.api';
export {
  CALLBACKS_PAGE_SIZE, type CallbackListQuery, useCallbackDetail, useCallbacks, useCallbackSettings, useCancelCallback, useClaimCallback, useCompleteCallback,
  useCreateCallback, usePortalCallbacks, usePortalCallbackMoments, useRecordAttempt, useRequestCallback, useRescheduleCallback, useTeams, useUpdateCallbackSettings,
} from './lib/callbacks/callbacks.hooks';

export {
  knowledgeBaseApi, type ArticleListItem, type ArticleSearchParams, type NoResultSearch,
} from './lib/knowledge-base/knowledge-base.api';
export {
  ARTICLE_SEARCH_LIMIT, ARTICLE_SEARCH_MIN_LENGTH, useArchiveArticle, useArticle, useArticleDiff, useArticleFeedback, useArticleList,
  useArticleSearch, useArticleSynonyms, useArticleVersions, useCreateArticle, useKbDashboard, useNoResultSearches, usePortalArticle, usePortalArticles, usePortalArticleSearch, usePortalArticleSuggestions, useArticleSuggestions,
  usePublishArticle, useRestoreArticleVersion, useUpdateArticle, useUpdateArticleSynonyms,
} from './lib/knowledge-base/knowledge-base.hooks';

export { privacyApi } from './lib/privacy/privacy.api';
export { useCustomerExport, useEraseCustomer, usePortalExport, useRetention, useUpdateRetention } from './lib/privacy/privacy.hooks';
export { accessLogApi } from './lib/access-log/access-log.api';
export { ACCESS_LOG_PAGE_SIZE, useCustomerAccessLog, useEmployeeAccessLog } from './lib/access-log/access-log.hooks';
export type * from '@loket/web/api-types';

export { lettersApi } from './lib/letters/letters.api';
export { LETTERS_PAGE_SIZE, letterKeys, useLetters, useMarkLettersPrinted, useOrganizationSettings, useUpdateOrganizationSettings } from './lib/letters/letters.hooks';

export { integrationClientsApi } from './lib/integration-clients/integration-clients.api';
export {
  integrationClientKeys, useCreateIntegrationClient, useIntegrationClients, useRevokeIntegrationClient, useRotateIntegrationClient, useUpdateIntegrationClient,
} from './lib/integration-clients/integration-clients.hooks';
