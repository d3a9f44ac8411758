import type { components } from './generated/loket';

/** The shapes of the API document (openapi/loket.json), by schema name: `Schemas['CustomerDto']`. */
export type Schemas = components['schemas'];

/*
 * The API's shapes under the names the SPAs use, all taken from the generated document
 * (openapi/loket.json → generated/loket.d.ts). Features import them from '@loket/web/api-client' (which re-exports
 * this library); the UI and session libraries, which may not depend on the client, import them from
 * '@loket/web/api-types'.
 * nothing in the SPAs hand-writes a request or response type. Runtime constants (enum arrays,
 * labels, VERA code tables, form rules, error codes) stay in '@loket/shared/contracts'.
 */

// Auth and session
export type LoginRequest = Schemas['LoginDto'];
export type LoginResponse = Schemas['LoginResponseDto'];
export type SessionUser = Schemas['SessionUserDto'];

// Customers
export type Customer = Schemas['CustomerDto'];
export type CustomerSearchHit = Schemas['SearchHitDto'];
export type CustomerOverview = Schemas['CustomerOverviewDto'];
export type Address = Schemas['AddressResponseDto'];
export type PhoneNumber = Schemas['PhoneNumberDto'];
export type Contract = Schemas['ContractDto'];
export type Marker = Schemas['MarkerDto'];
export type PersonRef = Schemas['PersonRefDto'];

// Reference data
export type Topic = Schemas['TopicDto'];
export type Team = Schemas['TeamDto'];

// Contact log
export type Case = Schemas['CaseDto'];
export type CaseSla = Schemas['CaseSlaDto'];
export type CaseWithContacts = Schemas['CaseWithContactsDto'];
export type Contact = Schemas['ContactDto'];
export type TimelineItem = Schemas['TimelineItemDto'];
export type CreateContactRequest = Schemas['CreateContactDto'];

// SLA
export type SlaCalendar = Schemas['SlaCalendarDto'];
export type PutSlaCalendarRequest = Schemas['SlaCalendarInputDto'];
export type SlaPolicies = Schemas['SlaPoliciesDto'];
export type PutSlaPoliciesRequest = Schemas['SlaPoliciesInputDto'];
export type SlaTarget = Schemas['WorkingDaysTargetDto'] | Schemas['BusinessHoursTargetDto'];
export type SlaPreview = Schemas['SlaPreviewDto'];

// Callbacks
export type Callback = Schemas['CallbackDto'];
export type CallbackDetail = Schemas['CallbackDetailDto'];
export type CreateCallbackRequest = Schemas['CreateCallbackDto'];

// Knowledge base
export type Article = Schemas['ArticleDto'];
export type ArticleSearchHit = Schemas['ArticleSearchHitDto'];
export type ArticleDiff = Schemas['ArticleDiffDto'];
export type CreateArticleRequest = Schemas['CreateArticleDto'];
export type KbDashboard = Schemas['KbDashboardDto'];

// Privacy
export type RetentionRules = Schemas['RetentionRulesDto'];
export type RetentionRule = keyof RetentionRules;

// Portal
export type PortalMe = Schemas['PortalMeDto'];
export type PortalCustomer = Schemas['PortalCustomerDto'];
export type PortalCase = Schemas['PortalCaseDto'];
export type PortalContact = Schemas['PortalContactDto'];
export type PortalCallback = Schemas['PortalCallbackDto'];
export type PortalCallbackDay = Schemas['PortalCallbackDayDto'];
export type UpdatePreferencesRequest = Schemas['UpdatePreferencesDto'];
