/**
 * One place for every TanStack Query key, so invalidation stays exact:
 * invalidate `queryKeys.customers.detail(id)` and its overview goes with it. The time line has its own
 * key (`timelines(id)`): changing a marker does not touch it, recording a contact does.
 */
export const queryKeys = {
  auth: {
    all: ['auth'] as const,
    me: () => [...queryKeys.auth.all, 'me'] as const,
  },
  customers: {
    all: ['customers'] as const,
    searches: () => [...queryKeys.customers.all, 'search'] as const,
    search: (q: string, limit: number) => [...queryKeys.customers.searches(), { q, limit }] as const,
    details: () => [...queryKeys.customers.all, 'detail'] as const,
    detail: (id: string) => [...queryKeys.customers.details(), id] as const,
    overview: (id: string) => [...queryKeys.customers.detail(id), 'overview'] as const,
    timelines: (id: string) => [...queryKeys.customers.all, 'timeline', id] as const,
    timeline: (id: string, limit: number) => [...queryKeys.customers.timelines(id), { limit }] as const,
  },
  reference: {
    all: ['reference'] as const,
    topics: () => [...queryKeys.reference.all, 'topics'] as const,
    locations: () => [...queryKeys.reference.all, 'locations'] as const,
  },
  cases: {
    all: ['cases'] as const,
    lists: () => [...queryKeys.cases.all, 'list'] as const,
    list: (filters: Record<string, string | number | undefined>) => [...queryKeys.cases.lists(), filters] as const,
    details: () => [...queryKeys.cases.all, 'detail'] as const,
    detail: (id: string) => [...queryKeys.cases.details(), id] as const,
  },
  reports: {
    all: ['reports'] as const,
    kpis: (period: { from: string; to: string }) => [...queryKeys.reports.all, 'kpis', period] as const,
  },
  sla: {
    all: ['sla'] as const,
    calendar: () => [...queryKeys.sla.all, 'calendar'] as const,
    policies: () => [...queryKeys.sla.all, 'policies'] as const,
    previews: () => [...queryKeys.sla.all, 'preview'] as const,
    preview: (params: Record<string, string | undefined>) => [...queryKeys.sla.previews(), params] as const,
  },
  callbacks: {
    all: ['callbacks'] as const,
    lists: () => [...queryKeys.callbacks.all, 'list'] as const,
    list: (filters: Record<string, string | number | undefined>) => [...queryKeys.callbacks.lists(), filters] as const,
    details: () => [...queryKeys.callbacks.all, 'detail'] as const,
    detail: (id: string) => [...queryKeys.callbacks.details(), id] as const,
    settings: () => [...queryKeys.callbacks.all, 'settings'] as const,
    teams: () => [...queryKeys.callbacks.all, 'teams'] as const,
    /** The tenant's own callbacks (GET /portal/callbacks). */
    portal: () => [...queryKeys.callbacks.all, 'portal'] as const,
    /** The open moments the tenant may choose (GET /portal/callbacks/moments). */
    portalMoments: () => [...queryKeys.callbacks.all, 'portal-moments'] as const,
  },
  articles: {
    all: ['articles'] as const,
    searches: () => [...queryKeys.articles.all, 'search'] as const,
    search: (params: Record<string, string | number | undefined>) => [...queryKeys.articles.searches(), params] as const,
    lists: () => [...queryKeys.articles.all, 'list'] as const,
    list: (params: Record<string, string | number | undefined>) => [...queryKeys.articles.lists(), params] as const,
    details: () => [...queryKeys.articles.all, 'detail'] as const,
    detail: (id: string) => [...queryKeys.articles.details(), id] as const,
    versions: (id: string) => [...queryKeys.articles.detail(id), 'versions'] as const,
    /** Two versions never change: their comparison neither. */
    diff: (id: string, from: number, to: number) => [...queryKeys.articles.detail(id), 'diff', { from, to }] as const,
    noResults: () => [...queryKeys.articles.all, 'no-results'] as const,
    /** The editors' dashboard: overdue reviews, most used, searches without results. */
    dashboard: () => [...queryKeys.articles.all, 'dashboard'] as const,
    synonyms: () => [...queryKeys.articles.all, 'synonyms'] as const,
    /** What the tenant sees (GET /portal/articles…): public articles only. */
    portalSearch: (q: string) => [...queryKeys.articles.all, 'portal', 'search', q] as const,
    portalList: () => [...queryKeys.articles.all, 'portal', 'list'] as const,
    /** Suggestions while typing (GET …/articles/suggestions): staff or tenant. */
    suggestions: (who: 'staff' | 'portal', q: string, limit: number) => [...queryKeys.articles.all, who, 'suggestions', q, limit] as const,
    portalDetail: (id: string) => [...queryKeys.articles.all, 'portal', 'detail', id] as const,
  },
  accessLog: {
    all: ['access-log'] as const,
    /** Who looked at one customer (GET /customers/{id}/access-log). */
    customer: (customerId: string) => [...queryKeys.accessLog.all, 'customer', customerId] as const,
    /** What one employee looked at (GET /access-log?userId=). */
    employee: (userId: string) => [...queryKeys.accessLog.all, 'employee', userId] as const,
  },
  portal: {
    all: ['portal'] as const,
    me: () => [...queryKeys.portal.all, 'me'] as const,
    file: () => [...queryKeys.portal.all, 'file'] as const,
    case: (id: string) => [...queryKeys.portal.all, 'case', id] as const,
  },
  privacy: {
    all: ['privacy'] as const,
    retention: () => [...queryKeys.privacy.all, 'retention'] as const,
  },
};
