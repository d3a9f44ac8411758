import type { Schemas } from '../client';
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../query-keys';
import { knowledgeBaseApi, type ArticleSearchParams } from './knowledge-base.api';

/** The API searches from 2 characters on. */
export const ARTICLE_SEARCH_MIN_LENGTH = 2;
export const ARTICLE_SEARCH_LIMIT = 10;

/**
 * Schemas['ArticleDto'] search for staff. Pass the already debounced text. With a topic and no text (yet), the
 * articles of that topic are suggested instead. The previous results stay while the next ones load.
 */
export function useArticleSearch({ q = '', audience, topic, limit = ARTICLE_SEARCH_LIMIT }: ArticleSearchParams, enabled = true) {
  const text = q.trim();
  const searching = text.length >= ARTICLE_SEARCH_MIN_LENGTH;
  return useQuery<Schemas['ArticleSearchHitDto'][]>({
    queryKey: queryKeys.articles.search({ q: searching ? text : undefined, audience, topic, limit }),
    queryFn: ({ signal }) =>
      searching
        ? knowledgeBaseApi.search({ q: text, audience, topic, limit }, signal).then((page) => page.items)
        : // A topic without text: its published articles (editors also get drafts), shaped like search hits without a snippet.
          knowledgeBaseApi.list({ audience, topic, limit }, signal).then((page) =>
            page.items
              .filter((item) => item.status === 'published' || (item.publishedVersion ?? 0) > 0)
              .map((item) => ({ id: item.id, title: item.title, audience: item.audience, category: item.category, snippet: '', rank: 0 })),
          ),
    enabled: enabled && (searching || !!topic),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** Every article (editors: drafts and archived ones too), for the editor's list. */
export function useArticleList(params: Omit<ArticleSearchParams, 'q'> = {}, enabled = true) {
  return useQuery({
    queryKey: queryKeys.articles.list({ ...params }),
    queryFn: ({ signal }) => knowledgeBaseApi.list(params, signal).then((page) => page.items),
    enabled,
  });
}

export function useArticle(id: string | null) {
  return useQuery({
    queryKey: queryKeys.articles.detail(id ?? ''),
    queryFn: ({ signal }) => knowledgeBaseApi.get(id ?? '', signal),
    enabled: !!id,
  });
}

export function useArticleVersions(id: string) {
  return useQuery({
    queryKey: queryKeys.articles.versions(id),
    queryFn: ({ signal }) => knowledgeBaseApi.versions(id, signal).then((page) => page.items),
  });
}

/**
 * What changed between two versions of an article (editors). Nothing is fetched until both are
 * chosen; versions never change, so neither does their comparison.
 */
export function useArticleDiff(id: string, from: number | null, to: number | null) {
  return useQuery({
    queryKey: queryKeys.articles.diff(id, from ?? 0, to ?? 0),
    queryFn: ({ signal }) => knowledgeBaseApi.diff(id, from ?? 0, to ?? 0, signal),
    enabled: from !== null && to !== null,
    staleTime: Infinity,
  });
}

/** The editors' dashboard: published articles past their review date, the most used ones, and searches that found nothing. */
export function useKbDashboard(enabled = true) {
  return useQuery({
    queryKey: queryKeys.articles.dashboard(),
    queryFn: ({ signal }) => knowledgeBaseApi.dashboard(signal),
    enabled,
  });
}

/** Searches by staff that found nothing, most asked first: what to write next. */
export function useNoResultSearches(enabled = true) {
  return useQuery({
    queryKey: queryKeys.articles.noResults(),
    queryFn: ({ signal }) => knowledgeBaseApi.noResults(signal).then((page) => page.items),
    enabled,
  });
}

export function useArticleSynonyms(enabled = true) {
  return useQuery({
    queryKey: queryKeys.articles.synonyms(),
    queryFn: ({ signal }) => knowledgeBaseApi.synonyms(signal),
    enabled,
  });
}

/** An article changed: keep it, and refresh every list, search and the dashboard (its title, status or review date may differ). */
function afterChange(queryClient: QueryClient, article: Schemas['ArticleDto']) {
  queryClient.setQueryData(queryKeys.articles.detail(article.id), article);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.articles.lists() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.articles.dashboard() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.articles.searches() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.articles.versions(article.id) }),
  ]);
}

export function useCreateArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateArticleDto']) => knowledgeBaseApi.create(body),
    onSuccess: (article) => afterChange(queryClient, article),
  });
}

/** Save with `baseVersion`: a 409 means someone else saved a newer version first. */
export function useUpdateArticle(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['UpdateArticleDto']) => knowledgeBaseApi.update(id, body),
    onSuccess: (article) => afterChange(queryClient, article),
  });
}

export function usePublishArticle(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => knowledgeBaseApi.publish(id),
    onSuccess: (article) => afterChange(queryClient, article),
  });
}

export function useArchiveArticle(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => knowledgeBaseApi.archive(id),
    onSuccess: (article) => afterChange(queryClient, article),
  });
}

export function useRestoreArticleVersion(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => knowledgeBaseApi.restore(id, version),
    onSuccess: (article) => afterChange(queryClient, article),
  });
}

export function useUpdateArticleSynonyms() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { groups: string[][] }) => knowledgeBaseApi.putSynonyms(body),
    onSuccess: (synonyms) => queryClient.setQueryData(queryKeys.articles.synonyms(), synonyms),
  });
}

/** "Heeft dit u geholpen?" (staff or tenant). */
export function useArticleFeedback(id: string) {
  return useMutation({
    mutationFn: (body: Schemas['FeedbackDto']) => knowledgeBaseApi.feedback(id, body),
  });
}

/** The tenant's search in the public articles. Pass the already debounced text. */
export function usePortalArticleSearch(q: string, limit?: number) {
  const text = q.trim();
  return useQuery<Schemas['ArticleSearchHitDto'][]>({
    queryKey: queryKeys.articles.portalSearch(text),
    queryFn: ({ signal }) => knowledgeBaseApi.portalSearch(text, undefined, signal).then((page) => (limit ? page.items.slice(0, limit) : page.items)),
    enabled: text.length >= ARTICLE_SEARCH_MIN_LENGTH,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/**
 * Suggestions while typing in "Stel een vraag": public articles whose words begin with what is
 * typed ("lek" → Lekkage). Pass the debounced text untrimmed: a space at the end means the last
 * word is finished. Not logged as searches.
 */
export function usePortalArticleSuggestions(q: string, limit = 3) {
  const searching = q.trim().length >= ARTICLE_SEARCH_MIN_LENGTH;
  return useQuery<Schemas['ArticleSearchHitDto'][]>({
    queryKey: queryKeys.articles.suggestions('portal', q, limit),
    queryFn: ({ signal }) => knowledgeBaseApi.portalSuggestions(q, limit, signal).then((page) => page.items),
    enabled: searching,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** The same for staff (all articles they may read). */
export function useArticleSuggestions(q: string, limit = 5, enabled = true) {
  const searching = q.trim().length >= ARTICLE_SEARCH_MIN_LENGTH;
  return useQuery<Schemas['ArticleSearchHitDto'][]>({
    queryKey: queryKeys.articles.suggestions('staff', q, limit),
    queryFn: ({ signal }) => knowledgeBaseApi.suggestions(q, limit, signal).then((page) => page.items),
    enabled: enabled && searching,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** Every public article, for "Veelgestelde vragen". */
export function usePortalArticles() {
  return useQuery({
    queryKey: queryKeys.articles.portalList(),
    queryFn: ({ signal }) => knowledgeBaseApi.portalList(signal).then((page) => page.items),
    staleTime: 300_000,
  });
}

export function usePortalArticle(id: string) {
  return useQuery({
    queryKey: queryKeys.articles.portalDetail(id),
    queryFn: ({ signal }) => knowledgeBaseApi.portalGet(id, signal),
  });
}
