import { Injectable } from '@nestjs/common';
import { diffLines } from 'diff';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { UseCase, Actor, AuditService, ConflictError, NotFoundError, ValidationFailedError, type FieldError, isDateWithinYears, isUuid } from '@loket/server/platform';
import { ContactArticleDirectory, ContactLogService } from '@loket/server/contact-log';
import { DirectoryService } from '@loket/server/identity';
import type {
  Article, ArticleAudience, ArticleDiff, ArticleFeedbackRequest, ArticleSearchHit, ArticleStatus, ArticleVersionSummary, CreateArticleRequest, KbDashboard, TopicRef, UpdateArticleRequest,
} from '@loket/shared/contracts';
import { SearchResultCache } from './search-cache';
import { SearchLog } from './search-log';
import { plainText, readability, renderMarkdown, safeSnippet } from './text';
import { maskPersonalData } from './personal-data';

const EDITORS = ['kb_editor', 'admin'];
/** How many matches (title/question matches, and body matches) are ranked at most. */
const CANDIDATES = 100;
/** "Most used" and "searched without result" look back this many days. */
const RECENT_DAYS = 90;

interface ArticleRow {
  id: string;
  status: ArticleStatus;
  latest_version: number;
  published_version: number | null;
  audience: ArticleAudience;
  category: string | null;
  owner_id: string | null;
  review_by: string | null;
  published_at: Date | null;
  updated_at: Date;
}
interface VersionRow {
  version: number;
  title: string;
  questions: string[];
  body: string;
  audience: ArticleAudience;
  category: string | null;
  topic_ids: string[];
  edited_by: string | null;
  edited_by_name: string | null;
  change_note: string | null;
  edited_at: Date;
}

const isEditor = (actor: Actor) => actor.kind === 'staff' && actor.roles.some((r) => EDITORS.includes(r));

@Injectable()
export class KnowledgeBaseService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly contactLog: ContactLogService,
    private readonly directory: DirectoryService,
    private readonly audit: AuditService,
    private readonly searchLog: SearchLog,
    contactArticles: ContactArticleDirectory,
  ) {
    // Contacts name the articles used to answer; the contact log checks them through us.
    contactArticles.register(async (org, ids) => {
      const rows: { id: string }[] = await this.db.query(`SELECT id FROM articles WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [org, ids]);
      return rows.map((r) => r.id);
    });
  }

  private readonly cache = new SearchResultCache();

  private get db() {
    return this.txHost.tx;
  }

  // ---------- write ----------
  @UseCase()
  async create(actor: Actor, dto: CreateArticleRequest): Promise<Article> {
    const org = actor.organizationId;
    checkReviewBy(dto.reviewBy);
    const topicIds = await this.topicIds(org, dto.topics ?? []);
    if (dto.ownerId && !(await this.directory.staffMember(org, dto.ownerId))) throw new ValidationFailedError([{ field: 'ownerId', code: 'not_found_in_organization' }]);
    const [row]: { id: string }[] = await this.db.query(
      `INSERT INTO articles (organization_id, audience, category, topic_ids, owner_id, review_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
      [org, dto.audience, dto.category?.trim() || null, topicIds, dto.ownerId ?? actor.userId, dto.reviewBy ?? null, new Date()],
    );
    await this.insertVersion(actor, row.id, 1, { ...dto, topicIds }, 'Eerste versie');
    await this.audit.record({ organizationId: org, actorUserId: actor.userId, action: 'article.created', entityType: 'article', entityId: row.id });
    return this.get(actor, row.id);
  }

  /** Every edit is a new version; editing from a version that is no longer the latest is refused (409). */
  @UseCase()
  async update(actor: Actor, id: string, dto: UpdateArticleRequest): Promise<Article> {
    const org = actor.organizationId;
    checkReviewBy(dto.reviewBy);
    const article = await this.lock(org, id);
    if (dto.baseVersion !== article.latest_version) {
      throw new ConflictError('stale-version', { latest: article.latest_version, base: dto.baseVersion });
    }
    const latest = await this.version(id, article.latest_version);
    const topicIds = dto.topics ? await this.topicIds(org, dto.topics) : latest.topic_ids;
    if (dto.ownerId !== undefined && dto.ownerId && !(await this.directory.staffMember(org, dto.ownerId))) {
      throw new ValidationFailedError([{ field: 'ownerId', code: 'not_found_in_organization' }]);
    }
    const next = article.latest_version + 1;
    await this.insertVersion(actor, id, next, {
      title: dto.title ?? latest.title, questions: dto.questions ?? latest.questions, body: dto.body ?? latest.body,
      audience: dto.audience ?? latest.audience, category: dto.category !== undefined ? dto.category : latest.category, topicIds,
    }, dto.changeNote ?? null);
    await this.db.query(
      `UPDATE articles SET latest_version = $2, status = CASE WHEN status = 'archived' THEN 'draft' ELSE status END,
              owner_id = CASE WHEN $3 THEN $4::uuid ELSE owner_id END, review_by = CASE WHEN $5 THEN $6::date ELSE review_by END, updated_at = $7
        WHERE id = $1`,
      [id, next, dto.ownerId !== undefined, dto.ownerId ?? null, dto.reviewBy !== undefined, dto.reviewBy ?? null, new Date()],
    );
    return this.get(actor, id);
  }

  /** Publishes the latest version (one published version at a time); it needs a question and a body. */
  async publish(actor: Actor, id: string): Promise<Article> {
    const article = await this.publishLatest(actor, id);
    this.cache.forget(actor.organizationId);
    return article;
  }

  @UseCase()
  private async publishLatest(actor: Actor, id: string): Promise<Article> {
    const org = actor.organizationId;
    const article = await this.lock(org, id);
    const v = await this.version(id, article.latest_version);
    const errors: FieldError[] = [];
    if (!v.questions.some((q) => q.trim())) errors.push({ field: 'questions', code: 'required' });
    if (!plainText(v.body)) errors.push({ field: 'body', code: 'required' });
    if (errors.length) throw new ValidationFailedError(errors, 'validation-failed.not-publishable');
    await this.db.query(
      `UPDATE articles SET status = 'published', published_version = $2, published_at = $9, audience = $3, category = $4, topic_ids = $5, updated_at = $9,
              search_text = $7 || ' \n ' || $6,
              title_vector = setweight(to_tsvector('dutch', $7), 'A') || setweight(to_tsvector('dutch', $6), 'B'),
              search_vector = setweight(to_tsvector('dutch', $7), 'A') || setweight(to_tsvector('dutch', $6), 'B') || setweight(to_tsvector('dutch', $8), 'C')
        WHERE id = $1`,
      [id, v.version, v.audience, v.category, v.topic_ids, v.questions.join(' \n '), v.title, plainText(v.body), new Date()],
    );
    await this.db.query(
      `INSERT INTO kb_words (organization_id, word)
       SELECT DISTINCT $1::uuid, w FROM regexp_split_to_table(lower($2), '[^[:alpha:]]+') AS w WHERE length(w) BETWEEN 4 AND 60
       ON CONFLICT DO NOTHING`,
      [org, `${v.title} ${v.questions.join(' ')} ${plainText(v.body)}`],
    );
    await this.searchChanged(org);
    await this.audit.record({ organizationId: org, actorUserId: actor.userId, action: 'article.published', entityType: 'article', entityId: id, details: { version: v.version } });
    return this.get(actor, id);
  }

  async archive(actor: Actor, id: string): Promise<Article> {
    const article = await this.archiveNow(actor, id);
    this.cache.forget(actor.organizationId);
    return article;
  }

  @UseCase()
  private async archiveNow(actor: Actor, id: string): Promise<Article> {
    await this.lock(actor.organizationId, id);
    await this.db.query(`UPDATE articles SET status = 'archived', published_version = NULL, search_vector = NULL, title_vector = NULL, search_text = '', updated_at = $2 WHERE id = $1`, [id, new Date()]);
    await this.searchChanged(actor.organizationId);
    return this.get(actor, id);
  }

  /** What search can return changed: cached results of the older generation are not used again. */
  private async searchChanged(org: string): Promise<void> {
    await this.db.query(
      `INSERT INTO kb_search_state (organization_id, search_generation) VALUES ($1, 1)
       ON CONFLICT (organization_id) DO UPDATE SET search_generation = kb_search_state.search_generation + 1`,
      [org],
    );
  }

  /** An older version comes back as the newest (history stays complete). */
  @UseCase()
  async restore(actor: Actor, id: string, version: number): Promise<Article> {
    const article = await this.lock(actor.organizationId, id);
    const old = await this.version(id, version);
    const next = article.latest_version + 1;
    await this.insertVersion(actor, id, next, { title: old.title, questions: old.questions, body: old.body, audience: old.audience, category: old.category, topicIds: old.topic_ids }, `Versie ${version} teruggezet`);
    await this.db.query(`UPDATE articles SET latest_version = $2, updated_at = $3 WHERE id = $1`, [id, next, new Date()]);
    return this.get(actor, id);
  }

  async feedback(actor: Actor, id: string, dto: ArticleFeedbackRequest): Promise<void> {
    const article = await this.visible(actor, id);
    // A tenant's feedback is linked to them, so it is in their data export and goes when they are erased.
    await this.db.query(`INSERT INTO article_feedback (organization_id, article_id, helpful, comment, customer_id, at) VALUES ($1, $2, $3, $4, $5, $6)`, [
      actor.organizationId, article.id, dto.helpful, dto.comment?.trim() || null, actor.kind === 'tenant' ? actor.customerId : null, new Date(),
    ]);
    await this.db.query(`UPDATE articles SET ${dto.helpful ? 'helpful_yes = helpful_yes + 1' : 'helpful_no = helpful_no + 1'} WHERE id = $1`, [article.id]);
  }

  // ---------- read ----------
  /** Editors see the latest version of any article; everyone else the published version of what they may read. */
  async get(actor: Actor, id: string): Promise<Article> {
    const article = isEditor(actor) ? await this.load(actor.organizationId, id) : await this.visible(actor, id);
    const versionNo = isEditor(actor) ? article.latest_version : (article.published_version as number);
    const v = await this.version(id, versionNo);
    const topics = await this.topicRefs(actor.organizationId, v.topic_ids);
    const owner = article.owner_id ? ((await this.directory.people(actor.organizationId, [article.owner_id])).get(article.owner_id) ?? null) : null;
    return {
      id, version: v.version, latestVersion: article.latest_version, status: article.status, title: v.title, questions: v.questions, body: v.body,
      bodyHtml: renderMarkdown(v.body), audience: v.audience, category: v.category, topics, owner, reviewBy: article.review_by,
      readability: readability(v.body, v.title), publishedAt: article.published_at ? new Date(article.published_at).toISOString() : null,
      updatedAt: new Date(article.updated_at).toISOString(),
    };
  }

  async versions(actor: Actor, id: string): Promise<{ items: ArticleVersionSummary[] }> {
    const article = await this.load(actor.organizationId, id);
    const rows: VersionRow[] = await this.db.query(`SELECT * FROM article_versions WHERE article_id = $1 ORDER BY version DESC`, [id]);
    return {
      items: rows.map((v) => ({
        version: v.version, title: v.title, changeNote: v.change_note, editedAt: new Date(v.edited_at).toISOString(),
        editedBy: v.edited_by ? { id: v.edited_by, displayName: v.edited_by_name ?? '' } : null,
        status: v.version === article.published_version ? 'published' : v.version === article.latest_version && article.status !== 'archived' ? 'draft' : 'archived',
      })),
    };
  }

  /** What changed between two versions: title, questions added/removed, the body line by line (editors). */
  async diff(actor: Actor, id: string, from: number, to: number): Promise<ArticleDiff> {
    await this.load(actor.organizationId, id);
    const a = await this.version(id, from);
    const b = await this.version(id, to);
    return {
      from, to,
      title: a.title === b.title ? null : { from: a.title, to: b.title },
      questions: { added: b.questions.filter((q) => !a.questions.includes(q)), removed: a.questions.filter((q) => !b.questions.includes(q)) },
      body: diffLines(a.body, b.body).map((part) => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value })),
      audience: a.audience === b.audience ? null : { from: a.audience, to: b.audience },
    };
  }

  /**
   * Search in Dutch: full text with the `dutch` configuration (stemming), title before questions
   * before body, the organization's synonyms added; when that finds nothing, typo-tolerant trigram
   * matching on titles and questions. Public search never sees internal articles. Searches that
   * find nothing are logged for the editors.
   */
  async search(org: string, q: string, opts: { publicOnly: boolean; topic?: string; limit?: number }): Promise<{ items: ArticleSearchHit[] }> {
    const query = q.trim().slice(0, 200);
    const limit = opts.limit ?? 10;
    const topicId = opts.topic ? (await this.topicIds(org, [opts.topic]))[0] : null;
    const generation = await this.cache.generation(org, async () => {
      const rows: { g: string }[] = await this.db.query(`SELECT search_generation AS g FROM kb_search_state WHERE organization_id = $1`, [org]);
      return String(rows[0]?.g ?? '0');
    });
    const key = SearchResultCache.key(org, generation, { publicOnly: opts.publicOnly, topicId, limit, query });
    let items = this.cache.get(key);
    if (!items) {
      items = await this.searchNow(org, query, opts.publicOnly, topicId, limit, await this.searchSynonyms(org, generation));
      this.cache.set(key, items);
    }
    if (query) this.searchLog.record({ organizationId: org, query: query.toLowerCase(), audience: opts.publicOnly ? 'public' : 'all', found: items.length });
    return { items };
  }

  private async searchNow(org: string, query: string, publicOnly: boolean, topicId: string | null, limit: number, synonyms: string[][]): Promise<ArticleSearchHit[]> {
    const expanded = withSingulars(this.withSynonyms(synonyms, query));
    let items = await this.fullText(org, expanded, publicOnly, topicId, limit);
    if (items.length === 0 && query.length >= 3) {
      // Typos: each unknown word is replaced by the closest word the published articles use (a small trigram dictionary).
      const corrected = await this.correctWords(org, query);
      if (corrected !== query) items = await this.fullText(org, withSingulars(this.withSynonyms(synonyms, corrected)), publicOnly, topicId, limit);
    }
    return items;
  }

  async list(actor: Actor, q: { status?: ArticleStatus; audience?: ArticleAudience; topic?: string }): Promise<{ items: { id: string; title: string; status: ArticleStatus; audience: ArticleAudience; category: string | null; reviewBy: string | null; latestVersion: number; publishedVersion: number | null }[] }> {
    const org = actor.organizationId;
    const topicId = q.topic ? (await this.topicIds(org, [q.topic]))[0] : null;
    const editor = isEditor(actor);
    const rows: (ArticleRow & { title: string })[] = await this.db.query(
      `SELECT a.*, v.title FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = CASE WHEN $2 THEN a.latest_version ELSE a.published_version END
        WHERE a.organization_id = $1 AND ($2 OR a.status = 'published') AND ($3::text IS NULL OR a.status = $3) AND ($4::text IS NULL OR a.audience = $4)
          AND ($5::uuid IS NULL OR $5 = ANY(a.topic_ids))
        ORDER BY v.title LIMIT 500`,
      [org, editor, q.status ?? null, q.audience ?? null, topicId],
    );
    return {
      items: rows.map((r) => ({ id: r.id, title: r.title, status: r.status, audience: r.audience, category: r.category, reviewBy: r.review_by, latestVersion: r.latest_version, publishedVersion: r.published_version })),
    };
  }

  /** A reader opened the article: counted for "most used" and the self-service figures. */
  async recordView(actor: Actor, id: string): Promise<void> {
    await this.db.query(`INSERT INTO kb_views (organization_id, article_id, via, at) VALUES ($1, $2, $3, $4)`, [actor.organizationId, id, actor.kind === 'tenant' ? 'portal' : 'staff', new Date()]);
    await this.db.query(`UPDATE articles SET views = views + 1 WHERE id = $1`, [id]);
  }

  /** Overdue reviews, the most used articles (read, and linked to contacts that answered the question), and what nobody found. */
  async dashboard(org: string, now = new Date()): Promise<KbDashboard> {
    const since = new Date(now.getTime() - RECENT_DAYS * 86_400_000);
    const overdue: { id: string; title: string; review_by: string; owner_id: string | null }[] = await this.db.query(
      `SELECT a.id, v.title, a.review_by::text AS review_by, a.owner_id FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.published_version
        WHERE a.organization_id = $1 AND a.status = 'published' AND a.review_by < ($2::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date
        ORDER BY a.review_by LIMIT 100`,
      [org, now],
    );
    const owners = await this.directory.people(org, overdue.map((o) => o.owner_id));
    const used: { id: string; title: string; views: string; used: string; answered: string; helpful_yes: number; helpful_no: number }[] = await this.db.query(
      `WITH v AS (SELECT article_id, count(*) AS views FROM kb_views WHERE organization_id = $1 AND at > $2 GROUP BY article_id),
            c AS (SELECT u.article_id, count(*) AS used, count(*) FILTER (WHERE c.outcome = 'answered') AS answered
                    FROM contacts c, unnest(c.article_ids) AS u(article_id)
                   WHERE c.organization_id = $1 AND c.occurred_at > $2 AND cardinality(c.article_ids) > 0
                   GROUP BY u.article_id)
       SELECT a.id, ver.title, coalesce(v.views, 0) AS views, coalesce(c.used, 0) AS used, coalesce(c.answered, 0) AS answered, a.helpful_yes, a.helpful_no
         FROM articles a JOIN article_versions ver ON ver.article_id = a.id AND ver.version = coalesce(a.published_version, a.latest_version)
         LEFT JOIN v ON v.article_id = a.id LEFT JOIN c ON c.article_id = a.id
        WHERE a.organization_id = $1 AND (v.views IS NOT NULL OR c.used IS NOT NULL)
        ORDER BY coalesce(v.views, 0) + coalesce(c.used, 0) DESC LIMIT 20`,
      [org, since],
    );
    return {
      overdue: overdue.map((o) => ({ id: o.id, title: o.title, reviewBy: o.review_by, owner: o.owner_id ? (owners.get(o.owner_id) ?? null) : null })),
      mostUsed: used.map((u) => ({ id: u.id, title: u.title, views: Number(u.views), usedInContacts: Number(u.used), answeredInContact: Number(u.answered), helpfulYes: u.helpful_yes, helpfulNo: u.helpful_no })),
      noResults: (await this.noResults(org, now)).items.slice(0, 20),
    };
  }

  private async fullText(org: string, words: string, publicOnly: boolean, topicId: string | null, limit: number): Promise<ArticleSearchHit[]> {
    // websearch_to_tsquery nests each "-" in the one after it ("------huur" is a NOT of a NOT of …)
    // and fails beyond 32: a dash counts only once, directly before a word.
    const tsQuery = words.replace(/-+(?=[\p{L}\p{N}])/gu, '-').replace(/-(?![\p{L}\p{N}])/gu, ' ');
    const rows: { id: string; title: string; audience: ArticleAudience; category: string | null; headline: string; rank: number }[] = await this.db.query(
      `WITH q AS MATERIALIZED (SELECT websearch_to_tsquery('dutch', $2) AS tsq),
            -- Ranking every match of a common word costs; rank a bounded set: the title/question matches
            -- (where the best answers are) and a first slice of the body matches.
            hits AS (
              SELECT * FROM (
                (SELECT a.id, a.audience, a.category, a.published_version, ts_rank_cd(a.search_vector, q.tsq, 32) AS rank FROM articles a, q
                  WHERE a.organization_id = $1 AND a.status = 'published' AND a.title_vector @@ q.tsq
                    AND (NOT $3 OR a.audience = 'public') AND ($4::uuid IS NULL OR $4 = ANY(a.topic_ids)) LIMIT ${CANDIDATES})
                UNION
                (SELECT a.id, a.audience, a.category, a.published_version, ts_rank_cd(a.search_vector, q.tsq, 32) AS rank FROM articles a, q
                  WHERE a.organization_id = $1 AND a.status = 'published' AND a.search_vector @@ q.tsq
                    AND (NOT $3 OR a.audience = 'public') AND ($4::uuid IS NULL OR $4 = ANY(a.topic_ids)) LIMIT ${CANDIDATES})) AS cand
               ORDER BY rank DESC, id LIMIT $5)
       SELECT h.id, v.title, h.audience, h.category, h.rank,
              ts_headline('dutch', v.body, q.tsq, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=28, MinWords=12, MaxFragments=1') AS headline
         FROM hits h JOIN article_versions v ON v.article_id = h.id AND v.version = h.published_version, q
        ORDER BY h.rank DESC, h.id`,
      [org, tsQuery, publicOnly, topicId, limit],
    );
    return rows.map((r) => ({ id: r.id, title: r.title, audience: r.audience, category: r.category, snippet: safeSnippet(r.headline), rank: Number(r.rank) }));
  }

  /** Replaces words the articles never use by the closest word they do use ("lekage" → "lekkage"). */
  private async correctWords(org: string, query: string): Promise<string> {
    const words = query.toLowerCase().match(/\p{L}[\p{L}'-]*/gu) ?? [];
    const toCheck = [...new Set(words.filter((w) => w.length >= 4))];
    if (!toCheck.length) return words.join(' ');
    // One statement for all words: the closest known word for each (itself when it is known).
    const rows: { typed: string; word: string }[] = await this.db.query(
      `SELECT t.typed, best.word FROM unnest($2::text[]) AS t(typed)
         CROSS JOIN LATERAL (SELECT word FROM kb_words WHERE organization_id = $1 AND word % t.typed
                              ORDER BY word = t.typed DESC, similarity(word, t.typed) DESC, word LIMIT 1) AS best`,
      [org, toCheck],
    );
    const closest = new Map(rows.map((r) => [r.typed, r.word]));
    return words.map((w) => closest.get(w) ?? w).join(' ');
  }

  /** What people searched for and did not find (R22), most asked first. */
  async noResults(org: string, now = new Date()): Promise<{ items: { query: string; times: number; lastAt: string }[] }> {
    await this.searchLog.flush();
    const rows: { query: string; times: string; last_at: Date }[] = await this.db.query(
      `SELECT query, count(*) AS times, max(at) AS last_at FROM kb_searches
        WHERE organization_id = $1 AND found = 0 AND at > $2
        GROUP BY query ORDER BY count(*) DESC, max(at) DESC LIMIT 100`,
      [org, new Date(now.getTime() - RECENT_DAYS * 86_400_000)],
    );
    return { items: mergeMasked(rows.map((r) => ({ query: maskPersonalData(r.query), times: Number(r.times), lastAt: new Date(r.last_at).toISOString() }))) };
  }

  async synonyms(org: string): Promise<{ groups: string[][] }> {
    const rows: { groups: string[][] }[] = await this.db.query(`SELECT groups FROM kb_synonyms WHERE organization_id = $1`, [org]);
    return { groups: rows[0]?.groups ?? [] };
  }

  /** Read by every search that is not answered from the cache: kept per generation of the knowledge base. */
  private readonly synonymCache = new Map<string, { generation: string; groups: string[][] }>();

  private async searchSynonyms(org: string, generation: string): Promise<string[][]> {
    const hit = this.synonymCache.get(org);
    if (hit?.generation === generation) return hit.groups;
    const { groups } = await this.synonyms(org);
    if (this.synonymCache.size > 10_000) this.synonymCache.clear();
    this.synonymCache.set(org, { generation, groups });
    return groups;
  }

  async putSynonyms(actor: Actor, groups: string[][]): Promise<{ groups: string[][] }> {
    const errors: FieldError[] = [];
    groups.forEach((g, i) => {
      if (!Array.isArray(g) || g.length > 50) errors.push({ field: `groups[${i}]`, code: 'too_many', params: { max: 50 } });
      else g.forEach((w: unknown, j) => {
        if (typeof w !== 'string' || w.length > 100) errors.push({ field: `groups[${i}][${j}]`, code: 'too_long', params: { max: 100 } });
      });
    });
    if (errors.length) throw new ValidationFailedError(errors.slice(0, 20));
    const clean = groups.map((g) => [...new Set(g.map((w) => w.trim().toLowerCase()).filter(Boolean))]).filter((g) => g.length > 1);
    await this.saveSynonyms(actor.organizationId, clean);
    this.cache.forget(actor.organizationId);
    return { groups: clean };
  }

  @UseCase()
  private async saveSynonyms(org: string, groups: string[][]): Promise<void> {
    await this.db.query(
      `INSERT INTO kb_synonyms (organization_id, groups) VALUES ($1, $2) ON CONFLICT (organization_id) DO UPDATE SET groups = EXCLUDED.groups`,
      [org, JSON.stringify(groups)],
    );
    await this.searchChanged(org);
  }

  // ---------- internals ----------
  /** A customer's words plus their synonyms, as a websearch query: "opzeggen" → "opzeggen or beëindigen or verhuizen". */
  private withSynonyms(groups: string[][], query: string): string {
    if (!groups.length) return query;
    const lower = query.toLowerCase();
    const extra = groups.filter((g) => g.some((w) => new RegExp(`(^|\\s)${escapeRegExp(w)}(\\s|$)`).test(lower))).flat();
    const alternatives = [...new Set(extra)].filter((w) => !lower.includes(w));
    return alternatives.length ? `${query} or ${alternatives.map((w) => (w.includes(' ') ? `"${w}"` : w)).join(' or ')}` : query;
  }

  private async insertVersion(actor: Actor, articleId: string, version: number, v: Omit<CreateArticleRequest, 'topics'> & { topicIds: string[] }, changeNote: string | null): Promise<void> {
    const by = actor.kind === 'staff' ? (await this.directory.people(actor.organizationId, [actor.userId])).get(actor.userId) : undefined;
    await this.db.query(
      `INSERT INTO article_versions (organization_id, article_id, version, title, questions, body, audience, category, topic_ids, edited_by, edited_by_name, change_note, edited_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [actor.organizationId, articleId, version, v.title.trim(), (v.questions ?? []).map((q) => q.trim()).filter(Boolean), v.body, v.audience, v.category?.trim() || null, v.topicIds,
        by?.id ?? null, by?.displayName ?? null, changeNote, new Date()],
    );
  }

  private async topicIds(org: string, idsOrCodes: string[]): Promise<string[]> {
    if (!idsOrCodes.length) return [];
    const topics = await this.contactLog.topics(org, true);
    const out: string[] = [];
    idsOrCodes.forEach((x, i) => {
      const t = topics.find((t) => t.id === x || t.code === x);
      if (!t) throw new ValidationFailedError([{ field: `topics[${i}]`, code: 'not_found_in_organization' }]);
      out.push(t.id);
    });
    return out;
  }

  private async topicRefs(org: string, ids: string[]): Promise<TopicRef[]> {
    if (!ids.length) return [];
    const topics = await this.contactLog.topics(org, true);
    return ids.map((id) => topics.find((t) => t.id === id)).filter((t): t is NonNullable<typeof t> => !!t).map((t) => ({ id: t.id, code: t.code, name: t.name }));
  }

  private async load(org: string, id: string): Promise<ArticleRow> {
    if (!isUuid(id)) throw new NotFoundError('Article');
    const rows: ArticleRow[] = await this.db.query(`SELECT * FROM articles WHERE id = $1 AND organization_id = $2`, [id, org]);
    if (!rows[0]) throw new NotFoundError('Article');
    return rows[0];
  }

  private async lock(org: string, id: string): Promise<ArticleRow> {
    if (!isUuid(id)) throw new NotFoundError('Article');
    const rows: ArticleRow[] = await this.db.query(`SELECT * FROM articles WHERE id = $1 AND organization_id = $2 FOR UPDATE`, [id, org]);
    if (!rows[0]) throw new NotFoundError('Article');
    return rows[0];
  }

  /** A published article this reader may see: tenants only public ones. */
  private async visible(actor: Actor, id: string): Promise<ArticleRow> {
    const a = await this.load(actor.organizationId, id);
    if (a.status !== 'published' || a.published_version === null || (actor.kind === 'tenant' && a.audience !== 'public')) throw new NotFoundError('Article');
    return a;
  }

  private async version(articleId: string, version: number): Promise<VersionRow> {
    const rows: VersionRow[] = await this.db.query(`SELECT * FROM article_versions WHERE article_id = $1 AND version = $2`, [articleId, version]);
    if (!rows[0]) throw new NotFoundError('Article version');
    return rows[0];
  }
}

/**
 * PostgreSQL's Dutch stemmer leaves plurals in -s alone ("reparaties", "foto's"): the singular is
 * added as an alternative, so "reparaties" finds "reparatie".
 */
export function withSingulars(query: string): string {
  const extra = new Set<string>();
  for (const word of query.toLowerCase().match(/[\p{L}']+/gu) ?? []) {
    if (word === 'or') continue;
    if (word.endsWith("'s") && word.length > 4) extra.add(word.slice(0, -2));
    else if (word.endsWith('s') && word.length > 5 && !word.endsWith('ss')) extra.add(word.slice(0, -1));
  }
  const lower = query.toLowerCase();
  const alternatives = [...extra].filter((w) => !new RegExp(`(^|\\s)${escapeRegExp(w)}(\\s|$)`).test(lower));
  return alternatives.length ? `${query} or ${alternatives.join(' or ')}` : query;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Searches logged before masking are masked when shown; ones that now read the same are counted as one. */
function mergeMasked(items: { query: string; times: number; lastAt: string }[]): { query: string; times: number; lastAt: string }[] {
  const byQuery = new Map<string, { query: string; times: number; lastAt: string }>();
  for (const item of items) {
    const seen = byQuery.get(item.query);
    if (!seen) byQuery.set(item.query, { ...item });
    else {
      seen.times += item.times;
      if (item.lastAt > seen.lastAt) seen.lastAt = item.lastAt;
    }
  }
  return [...byQuery.values()].sort((a, b) => b.times - a.times || (a.lastAt < b.lastAt ? 1 : -1));
}

/** A review date plans the next check: at most this many years ahead (a past one, say from an import, is simply overdue). */
const REVIEW_YEARS = 10;

function checkReviewBy(reviewBy: string | null | undefined): void {
  if (reviewBy && !isDateWithinYears(reviewBy, REVIEW_YEARS, new Date().toISOString().slice(0, 10)) && reviewBy > new Date().toISOString().slice(0, 10)) {
    throw new ValidationFailedError([{ field: 'reviewBy', code: 'too_far_ahead_years', params: { years: REVIEW_YEARS } }]);
  }
}
