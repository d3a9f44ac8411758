import type {
  Article, ArticleAudience, ArticleDiff, ArticleFeedbackRequest, ArticleSearchHit, ArticleStatus, ArticleVersionSummary, CreateArticleRequest,
  KbDashboard, UpdateArticleRequest,
} from '@loket/shared/contracts';
import { apiRequest } from '../http';

/** One row of the article list (GET /articles without `q`): editors see drafts and archived ones too. */
export interface ArticleListItem {
  id: string;
  title: string;
  status: ArticleStatus;
  audience: ArticleAudience;
  category: string | null;
  reviewBy: string | null;
  latestVersion: number;
  publishedVersion: number | null;
}

/** A search that found nothing: what to write next. */
export interface NoResultSearch {
  query: string;
  times: number;
  lastAt: string;
}

export interface ArticleSearchParams {
  q?: string;
  audience?: ArticleAudience;
  /** Topic id or code. */
  topic?: string;
  limit?: number;
}

const path = (id: string) => `/articles/${encodeURIComponent(id)}`;
const portalPath = (id: string) => `/portal/articles/${encodeURIComponent(id)}`;

/** The knowledge base: search and read (staff and tenants), write and publish (editors), feedback. */
export const knowledgeBaseApi = {
  search: (params: ArticleSearchParams & { q: string }, signal?: AbortSignal) =>
    apiRequest<{ items: ArticleSearchHit[] }>('/articles', { query: { ...params }, signal }),
  list: (params: Omit<ArticleSearchParams, 'q'>, signal?: AbortSignal) =>
    apiRequest<{ items: ArticleListItem[] }>('/articles', { query: { ...params }, signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest<Article>(path(id), { signal }),
  create: (body: CreateArticleRequest) => apiRequest<Article>('/articles', { method: 'POST', body }),
  update: (id: string, body: UpdateArticleRequest) => apiRequest<Article>(path(id), { method: 'PATCH', body }),
  versions: (id: string, signal?: AbortSignal) => apiRequest<{ items: ArticleVersionSummary[] }>(`${path(id)}/versions`, { signal }),
  diff: (id: string, from: number, to: number, signal?: AbortSignal) =>
    apiRequest<ArticleDiff>(`${path(id)}/diff`, { query: { from, to }, signal }),
  publish: (id: string) => apiRequest<Article>(`${path(id)}/publish`, { method: 'POST' }),
  archive: (id: string) => apiRequest<Article>(`${path(id)}/archive`, { method: 'POST' }),
  restore: (id: string, version: number) => apiRequest<Article>(`${path(id)}/restore`, { method: 'POST', body: { version } }),
  dashboard: (signal?: AbortSignal) => apiRequest<KbDashboard>('/articles/dashboard', { signal }),
  noResults: (signal?: AbortSignal) => apiRequest<{ items: NoResultSearch[] }>('/articles/no-results', { signal }),
  synonyms: (signal?: AbortSignal) => apiRequest<{ groups: string[][] }>('/articles/synonyms', { signal }),
  putSynonyms: (body: { groups: string[][] }) => apiRequest<{ groups: string[][] }>('/articles/synonyms', { method: 'PUT', body }),
  feedback: (id: string, body: ArticleFeedbackRequest) => apiRequest<void>(`${path(id)}/feedback`, { method: 'POST', body }),
  portalSearch: (q: string, topic?: string, signal?: AbortSignal) =>
    apiRequest<{ items: ArticleSearchHit[] }>('/portal/articles', { query: { q, topic }, signal }),
  portalList: (signal?: AbortSignal) => apiRequest<{ items: ArticleListItem[] }>('/portal/articles', { signal }),
  portalGet: (id: string, signal?: AbortSignal) => apiRequest<Article>(portalPath(id), { signal }),
};
