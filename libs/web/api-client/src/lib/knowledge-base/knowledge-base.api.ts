import { api, data, type Schemas } from '../client';

/** One row of the article list (GET /articles without `q`): editors see drafts and archived ones too. */
export type ArticleListItem = Schemas['ArticleListItemDto'];

/** A search that found nothing: what to write next. */
export type NoResultSearch = Schemas['NoResultSearchDto'];

export interface ArticleSearchParams {
  q?: string;
  audience?: Schemas['ArticleAudience'];
  /** Topic id or code. */
  topic?: string;
  limit?: number;
}

const id = (articleId: string) => ({ path: { id: articleId } });

/** The knowledge base: search and read (staff and tenants), write and publish (editors), feedback. */
export const knowledgeBaseApi = {
  /** With `q` the article list is a search: ranked hits with snippets. */
  search: (params: ArticleSearchParams & { q: string }, signal?: AbortSignal) =>
    data(api.GET('/api/v1/articles', { params: { query: params }, signal })) as Promise<Schemas['ArticleSearchResultDto']>,
  list: (params: Omit<ArticleSearchParams, 'q'>, signal?: AbortSignal) =>
    data(api.GET('/api/v1/articles', { params: { query: params }, signal })) as Promise<Schemas['ArticleListDto']>,
  get: (articleId: string, signal?: AbortSignal) => data(api.GET('/api/v1/articles/{id}', { params: id(articleId), signal })),
  create: (body: Schemas['CreateArticleDto']) => data(api.POST('/api/v1/articles', { body })),
  update: (articleId: string, body: Schemas['UpdateArticleDto']) => data(api.PATCH('/api/v1/articles/{id}', { params: id(articleId), body })),
  versions: (articleId: string, signal?: AbortSignal) => data(api.GET('/api/v1/articles/{id}/versions', { params: id(articleId), signal })),
  diff: (articleId: string, from: number, to: number, signal?: AbortSignal) =>
    data(api.GET('/api/v1/articles/{id}/diff', { params: { ...id(articleId), query: { from, to } }, signal })),
  publish: (articleId: string) => data(api.POST('/api/v1/articles/{id}/publish', { params: id(articleId) })),
  archive: (articleId: string) => data(api.POST('/api/v1/articles/{id}/archive', { params: id(articleId) })),
  restore: (articleId: string, version: number) => data(api.POST('/api/v1/articles/{id}/restore', { params: id(articleId), body: { version } })),
  dashboard: (signal?: AbortSignal) => data(api.GET('/api/v1/articles/dashboard', { signal })),
  noResults: (signal?: AbortSignal) => data(api.GET('/api/v1/articles/no-results', { signal })),
  synonyms: (signal?: AbortSignal) => data(api.GET('/api/v1/articles/synonyms', { signal })),
  putSynonyms: (body: Schemas['SynonymsDto']) => data(api.PUT('/api/v1/articles/synonyms', { body })),
  feedback: (articleId: string, body: Schemas['FeedbackDto']) => data(api.POST('/api/v1/articles/{id}/feedback', { params: id(articleId), body })),
  portalSearch: (q: string, topic?: string, signal?: AbortSignal) =>
    data(api.GET('/api/v1/portal/articles', { params: { query: { q, topic } }, signal })) as Promise<Schemas['ArticleSearchResultDto']>,
  /** Suggestions while typing (the last word may be unfinished); not logged as searches. */
  suggestions: (q: string, limit?: number, signal?: AbortSignal) =>
    data(api.GET('/api/v1/articles/suggestions', { params: { query: { q, limit } }, signal })),
  portalSuggestions: (q: string, limit?: number, signal?: AbortSignal) =>
    data(api.GET('/api/v1/portal/articles/suggestions', { params: { query: { q, limit } }, signal })),
  portalList: (signal?: AbortSignal) => data(api.GET('/api/v1/portal/articles', { signal })) as Promise<Schemas['ArticleListDto']>,
  portalGet: (articleId: string, signal?: AbortSignal) => data(api.GET('/api/v1/portal/articles/{id}', { params: id(articleId), signal })),
};
