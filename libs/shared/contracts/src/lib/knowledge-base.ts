import type { PersonRef, TopicRef } from './contact-log';

export const ARTICLE_AUDIENCES = ['public', 'internal'] as const;
/** public: portal and website FAQ; internal: agents only (work instructions, scripts, "what to ask"). */
export type ArticleAudience = (typeof ARTICLE_AUDIENCES)[number];
export const ARTICLE_STATUSES = ['draft', 'published', 'archived'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** Plain-language check (R21): Flesch-Douma for Dutch, and the level it suggests. */
export interface Readability {
  /** Flesch-Douma reading ease (higher is easier; 60–70 ≈ B1). */
  score: number;
  level: 'B1 or easier' | 'above B1';
  averageSentenceWords: number;
  /** The longest sentences, to shorten first. */
  longestSentences: { text: string; words: number }[];
}

export interface Article {
  id: string;
  /** The version shown: the published one, or (for editors) the latest. */
  version: number;
  /** The latest version number; send it back when editing (optimistic concurrency). */
  latestVersion: number;
  status: ArticleStatus;
  title: string;
  /** The questions it answers, in customers' words and synonyms ("huur opzeggen", "verhuizen"). */
  questions: string[];
  /** Markdown. */
  body: string;
  /** The body rendered to safe HTML (no scripts, no javascript: links). */
  bodyHtml: string;
  audience: ArticleAudience;
  category: string | null;
  topics: TopicRef[];
  owner: PersonRef | null;
  reviewBy: string | null;
  readability: Readability;
  publishedAt: string | null;
  updatedAt: string;
}

export interface ArticleSearchHit {
  id: string;
  title: string;
  audience: ArticleAudience;
  category: string | null;
  /** The matching passage with the search words between <mark> and </mark> (everything else escaped). */
  snippet: string;
  rank: number;
}

export interface CreateArticleRequest {
  title: string;
  questions: string[];
  body: string;
  audience: ArticleAudience;
  category?: string | null;
  /** Topic ids or codes. */
  topics?: string[];
  ownerId?: string | null;
  reviewBy?: string | null;
}

/** The editors' dashboard (R20, R22). */
export interface KbDashboard {
  /** Published articles past their review-by date. */
  overdue: { id: string; title: string; reviewBy: string; owner: PersonRef | null }[];
  /** Most read and most used in contacts (90 days), with how often the contact answered the question there and then. */
  mostUsed: { id: string; title: string; views: number; usedInContacts: number; answeredInContact: number; helpfulYes: number; helpfulNo: number }[];
  /** Searches that found nothing (90 days). */
  noResults: { query: string; times: number; lastAt: string }[];
}

/** What changed between two versions of an article. */
export interface ArticleDiff {
  from: number;
  to: number;
  /** Null when the title stayed the same. */
  title: { from: string; to: string } | null;
  questions: { added: string[]; removed: string[] };
  /** The body line by line: unchanged, added or removed parts. */
  body: { kind: 'same' | 'added' | 'removed'; text: string }[];
  audience: { from: ArticleAudience; to: ArticleAudience } | null;
}
