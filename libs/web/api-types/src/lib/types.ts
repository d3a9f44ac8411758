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
/** How every row and page names a customer, with the safety markers in force (R3). */
export type CustomerRef = Schemas['CustomerRefDto'];

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
/** POST /contacts answers the contact with the callback agreed in it. */
export type LoggedContact = Schemas['LoggedContactDto'];
export type ContactCallbackRequest = Schemas['ContactCallbackDto'];

// Reporting
export type KpiReport = Schemas['KpiReportDto'];

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

// Worklists and hand-offs
export type WorkItem = Schemas['WorkItemDto'];
export type WorklistPage = Schemas['WorklistPageDto'];
export type WorklistCounts = Schemas['WorklistCountsDto'];
export type ForwardCaseRequest = Schemas['ForwardCaseDto'];
export type CaseHistoryEvent = Schemas['CaseHistoryEventDto'];

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

// Answers and letters (issue 12)
export type Letter = Schemas['LetterDto'];
export type LetterPage = Schemas['LetterPageDto'];
export type LetterStatus = Schemas['LetterStatus'];
export type OrganizationSettings = Schemas['OrganizationSettingsDto'];
