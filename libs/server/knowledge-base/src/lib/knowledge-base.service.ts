import { Injectable } from '@nestjs/common';
import { diffLines } from 'diff';
import { UseCase, afterCommit, Actor, AuditService, ConflictError, NotFoundError, ValidationFailedError, type FieldError, isDateWithinYears, isUuid } from '@loket/server/platform';
import { ContactArticleDirectory, ContactArticleUsage } from '@loket/server/contact-log';
import { DirectoryService } from '@loket/server/identity';
import { TopicsService } from '@loket/server/reference-data';
import type { TopicRefDto } from '@loket/server/platform';
import type { ArticleAudience, ArticleStatus } from '@loket/shared/contracts';
import type { CreateArticleDto, FeedbackDto, UpdateArticleDto } from './knowledge-base.dto';
import type { ArticleDiffDto, ArticleDto, ArticleSearchHitDto, ArticleSearchResultDto, ArticleVersionListDto, KbDashboardDto } from './knowledge-base.responses.dto';
import { SearchResultCache } from './search-cache';
import { SearchLog } from './search-log';
import { plainText, readability, renderMarkdown, safeSnippet } from './text';
import { maskPersonalData } from './personal-data';
import { mergeMasked, searchFields } from './domain/indexing';
import { conceptQuery, questionConcepts, searchVocabulary, unknownWords, type SearchVocabulary } from './domain/question';
import { SECTOR_SYNONYMS } from './domain/sector-synonyms';
import { ArticlesRepository, type ArticleRow, type VersionRow } from './repositories/articles.repository';
import { SearchRepository } from './repositories/search.repository';

const EDITORS = ['kb_editor', 'admin'];
/** "Most used" and "searched without result" look back this many days. */
const RECENT_DAYS = 90;

const isEditor = (actor: Actor) => actor.kind === 'staff' && actor.roles.some((r) => EDITORS.includes(r));

@Injectable()
export class KnowledgeBaseService {
  constructor(
    private readonly articles: ArticlesRepository,
    private readonly searchIndex: SearchRepository,
    private readonly articleUsage: ContactArticleUsage,
    private readonly directory: DirectoryService,
    private readonly topicList: TopicsService,
    private readonly audit: AuditService,
    private readonly searchLog: SearchLog,
    contactArticles: ContactArticleDirectory,
  ) {
    // Contacts name the articles used to answer; the contact log checks them through us.
    contactArticles.register((org, ids) => this.articles.existing(org, ids));
  }

  private readonly cache = new SearchResultCache();

  // ---------- write ----------
  @UseCase()
  async create(actor: Actor, dto: CreateArticleDto): Promise<ArticleDto> {
    const org = actor.organizationId;
    checkReviewBy(dto.reviewBy);
    const topicIds = await this.topicIds(org, dto.topics ?? []);
    if (dto.ownerId && !(await this.directory.staffMember(org, dto.ownerId))) throw new ValidationFailedError([{ field: 'ownerId', code: 'not_found_in_organization' }]);
    const id = await this.articles.insert(org, {
      audience: dto.audience, category: dto.category?.trim() || null, topicIds, ownerId: dto.ownerId ?? actor.userId, reviewBy: dto.reviewBy ?? null, at: new Date(),
    });
    await this.insertVersion(actor, id, 1, { ...dto, topicIds }, 'Eerste versie');
    await this.audit.record({ organizationId: org, actorUserId: actor.userId, action: 'article.created', entityType: 'article', entityId: id });
    return this.get(actor, id);
  }

  /** Every edit is a new version; editing from a version that is no longer the latest is refused (409). */
  @UseCase()
  async update(actor: Actor, id: string, dto: UpdateArticleDto): Promise<ArticleDto> {
    const org = actor.organizationId;
    checkReviewBy(dto.reviewBy);
    const article = await this.lock(org, id);
    if (dto.baseVersion !== article.latest_version) {
      throw new ConflictError('stale-version', { latest: article.latest_version, base: dto.baseVersion });
    }
    const latest = await this.version(org, id, article.latest_version);
    const topicIds = dto.topics ? await this.topicIds(org, dto.topics) : latest.topic_ids;
    if (dto.ownerId !== undefined && dto.ownerId && !(await this.directory.staffMember(org, dto.ownerId))) {
      throw new ValidationFailedError([{ field: 'ownerId', code: 'not_found_in_organization' }]);
    }
    const next = article.latest_version + 1;
    await this.insertVersion(actor, id, next, {
      title: dto.title ?? latest.title, questions: dto.questions ?? latest.questions, body: dto.body ?? latest.body,
      answerTemplate: dto.answerTemplate !== undefined ? dto.answerTemplate : latest.answer_template,
      audience: dto.audience ?? latest.audience, category: dto.category !== undefined ? dto.category : latest.category, topicIds,
    }, dto.changeNote ?? null);
    await this.articles.edited(org, id, { latestVersion: next, ownerId: dto.ownerId, reviewBy: dto.reviewBy, at: new Date() });
    return this.get(actor, id);
  }

  /**
   * Publishes the latest version (one published version at a time); it needs a question and a body.
   * The one way an article reaches search: the API and the demo seed both publish through here.
   */
  @UseCase()
  async publish(actor: Actor, id: string): Promise<ArticleDto> {
    const org = actor.organizationId;
    const article = await this.lock(org, id);
    const v = await this.version(org, id, article.latest_version);
    const errors: FieldError[] = [];
    if (!v.questions.some((q) => q.trim())) errors.push({ field: 'questions', code: 'required' });
    if (!plainText(v.body)) errors.push({ field: 'body', code: 'required' });
    if (errors.length) throw new ValidationFailedError(errors, 'validation-failed.not-publishable');
    const fields = searchFields(v);
    await this.articles.published(org, id, v, fields, new Date());
    await this.searchIndex.addWords(org, fields.words);
    await this.searchChanged(org);
    await this.audit.record({ organizationId: org, actorUserId: actor.userId, action: 'article.published', entityType: 'article', entityId: id, details: { version: v.version } });
    return this.get(actor, id);
  }

  @UseCase()
  async archive(actor: Actor, id: string): Promise<ArticleDto> {
    await this.lock(actor.organizationId, id);
    await this.articles.archived(actor.organizationId, id, new Date());
    await this.searchChanged(actor.organizationId);
    return this.get(actor, id);
  }

  /**
   * What search can return changed: cached results of the older generation are not used again (in
   * every process once it reads the generation; in this one at once after the commit).
   */
  private async searchChanged(org: string): Promise<void> {
    await this.searchIndex.raiseGeneration(org);
    await afterCommit(() => this.cache.forget(org));
  }

  /** An older version comes back as the newest (history stays complete). */
  @UseCase()
  async restore(actor: Actor, id: string, version: number): Promise<ArticleDto> {
    const article = await this.lock(actor.organizationId, id);
    const old = await this.version(actor.organizationId, id, version);
    const next = article.latest_version + 1;
    await this.insertVersion(actor, id, next, { title: old.title, questions: old.questions, body: old.body, answerTemplate: old.answer_template, audience: old.audience, category: old.category, topicIds: old.topic_ids }, `Versie ${version} teruggezet`);
    await this.articles.restored(actor.organizationId, id, next, new Date());
    return this.get(actor, id);
  }

  @UseCase()
  async feedback(actor: Actor, id: string, dto: FeedbackDto): Promise<void> {
    const article = await this.visible(actor, id);
    // A tenant's feedback is linked to them, so it is in their data export and goes when they are erased.
    await this.articles.addFeedback(actor.organizationId, article.id, {
      helpful: dto.helpful, comment: dto.comment?.trim() || null, customerId: actor.kind === 'tenant' ? actor.customerId : null, at: new Date(),
    });
  }

  // ---------- read ----------
  /** Editors see the latest version of any article; everyone else the published version of what they may read. */
  async get(actor: Actor, id: string): Promise<ArticleDto> {
    const article = isEditor(actor) ? await this.load(actor.organizationId, id) : await this.visible(actor, id);
    const versionNo = isEditor(actor) ? article.latest_version : (article.published_version as number);
    const v = await this.version(actor.organizationId, id, versionNo);
    const topics = await this.topicRefs(actor.organizationId, v.topic_ids);
    const owner = article.owner_id ? ((await this.directory.people(actor.organizationId, [article.owner_id])).get(article.owner_id) ?? null) : null;
    return {
      id, version: v.version, latestVersion: article.latest_version, status: article.status, title: v.title, questions: v.questions, body: v.body,
      // The standard answer is for staff resolving a case, not for tenants reading the article.
      answerTemplate: actor.kind === 'staff' ? v.answer_template : null,
      bodyHtml: renderMarkdown(v.body), audience: v.audience, category: v.category, topics, owner, reviewBy: article.review_by,
      readability: readability(v.body, v.title), publishedAt: article.published_at ? new Date(article.published_at).toISOString() : null,
      updatedAt: new Date(article.updated_at).toISOString(),
    };
  }

  async versions(actor: Actor, id: string): Promise<ArticleVersionListDto> {
    const article = await this.load(actor.organizationId, id);
    const rows = await this.articles.versions(actor.organizationId, id);
    return {
      items: rows.map((v) => ({
        version: v.version, title: v.title, changeNote: v.change_note, editedAt: new Date(v.edited_at).toISOString(),
        editedBy: v.edited_by ? { id: v.edited_by, displayName: v.edited_by_name ?? '' } : null,
        status: v.version === article.published_version ? 'published' : v.version === article.latest_version && article.status !== 'archived' ? 'draft' : 'archived',
      })),
    };
  }

  /** What changed between two versions: title, questions added/removed, the body line by line (editors). */
  async diff(actor: Actor, id: string, from: number, to: number): Promise<ArticleDiffDto> {
    await this.load(actor.organizationId, id);
    const a = await this.version(actor.organizationId, id, from);
    const b = await this.version(actor.organizationId, id, to);
    return {
      from, to,
      title: a.title === b.title ? null : { from: a.title, to: b.title },
      questions: { added: b.questions.filter((q) => !a.questions.includes(q)), removed: a.questions.filter((q) => !b.questions.includes(q)) },
      body: diffLines(a.body, b.body).map((part) => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value })),
      audience: a.audience === b.audience ? null : { from: a.audience, to: b.audience },
    };
  }

  /**
   * Search in Dutch that understands questions: stop words left out, each meaningful word with its
   * typo correction, the organization's synonyms (the sector list until its editors save their own)
   * and the compounds it is part of; articles that match every meaning rank first, then those that
   * match most, title before questions before body (domain/question.ts). Public search never sees
   * internal articles. Searches are logged: the ones that find nothing are the editors' to-do list.
   */
  async search(org: string, q: string, opts: { publicOnly: boolean; topic?: string; limit?: number }): Promise<ArticleSearchResultDto> {
    const query = q.trim().slice(0, 200);
    const items = await this.cachedSearch(org, query, { publicOnly: opts.publicOnly, topic: opts.topic, limit: opts.limit ?? 10, prefix: false });
    if (query) this.searchLog.record({ organizationId: org, query: query.toLowerCase(), audience: opts.publicOnly ? 'public' : 'all', found: items.length });
    return { items };
  }

  /** Suggestions while typing: the last word may be unfinished ("lek" → Lekkage). Not logged: half-typed words are nobody's to-do. */
  async suggest(org: string, q: string, opts: { publicOnly: boolean; limit?: number }): Promise<ArticleSearchResultDto> {
    const query = q.slice(0, 200);
    // A space at the end: the last word is finished.
    const prefix = !/\s$/.test(query);
    return { items: await this.cachedSearch(org, query.trim(), { publicOnly: opts.publicOnly, limit: opts.limit ?? 5, prefix }) };
  }

  private async cachedSearch(org: string, query: string, opts: { publicOnly: boolean; topic?: string; limit: number; prefix: boolean }): Promise<ArticleSearchHitDto[]> {
    const topicId = opts.topic ? (await this.topicIds(org, [opts.topic]))[0] : null;
    const generation = await this.cache.generation(org, () => this.searchIndex.generation(org));
    const key = SearchResultCache.key(org, generation, { publicOnly: opts.publicOnly, topicId, limit: opts.limit, query: opts.prefix ? `${query}\u0001*` : query });
    let items = this.cache.get(key);
    if (!items) {
      items = await this.searchNow(org, query, { publicOnly: opts.publicOnly, topicId, limit: opts.limit, prefix: opts.prefix }, await this.vocabulary(org, generation));
      this.cache.set(key, items);
    }
    return items;
  }

  private async searchNow(org: string, query: string, opts: { publicOnly: boolean; topicId: string | null; limit: number; prefix: boolean }, vocabulary: SearchVocabulary): Promise<ArticleSearchHitDto[]> {
    // Typos: a word the articles never use gets the closest word they do use as an alternative ("lekage" → "lekkage"); one statement.
    const unknown = unknownWords(query, vocabulary);
    const corrections = new Map<string, string>();
    if (unknown.length) for (const r of await this.searchIndex.closestWords(org, unknown)) corrections.set(r.typed, r.word);
    const concepts = questionConcepts(query, vocabulary, corrections);
    if (!concepts.length) return [];
    const texts = concepts.map((c, i) => conceptQuery(c, { prefix: opts.prefix && i === concepts.length - 1 }));
    const rows = await this.searchIndex.fullText(org, texts, { publicOnly: opts.publicOnly, topicId: opts.topicId, limit: opts.limit });
    return rows.map((r) => ({ id: r.id, title: r.title, audience: r.audience, category: r.category, snippet: safeSnippet(r.headline), rank: Number(r.rank) }));
  }

  async list(actor: Actor, q: { status?: ArticleStatus; audience?: ArticleAudience; topic?: string }): Promise<{ items: { id: string; title: string; status: ArticleStatus; audience: ArticleAudience; category: string | null; reviewBy: string | null; latestVersion: number; publishedVersion: number | null }[] }> {
    const org = actor.organizationId;
    const topicId = q.topic ? (await this.topicIds(org, [q.topic]))[0] : null;
    const editor = isEditor(actor);
    const rows = await this.articles.list(org, { latest: editor, status: q.status ?? null, audience: q.audience ?? null, topicId });
    return {
      items: rows.map((r) => ({ id: r.id, title: r.title, status: r.status, audience: r.audience, category: r.category, reviewBy: r.review_by, latestVersion: r.latest_version, publishedVersion: r.published_version })),
    };
  }

  /** A reader opens an article: it is shown, and the read of a published one is counted. */
  async open(actor: Actor, id: string): Promise<ArticleDto> {
    const article = await this.get(actor, id);
    if (article.status === 'published') await this.recordView(actor, id);
    return article;
  }

  /** A reader opened the article: counted for "most used" and the self-service figures. */
  @UseCase()
  async recordView(actor: Actor, id: string): Promise<void> {
    await this.articles.addView(actor.organizationId, id, actor.kind === 'tenant' ? 'portal' : 'staff', new Date());
  }

  /** Overdue reviews, the most used articles (read, and linked to contacts that answered the question), and what nobody found. */
  async dashboard(org: string, now = new Date()): Promise<KbDashboardDto> {
    const since = new Date(now.getTime() - RECENT_DAYS * 86_400_000);
    const overdue = await this.articles.overdue(org, now);
    const owners = await this.directory.people(org, overdue.map((o) => o.owner_id));
    // How contacts used the articles comes from the contact log (it owns the contacts).
    const used = await this.articles.mostUsed(org, since, await this.articleUsage.since(org, since), 20);
    return {
      overdue: overdue.map((o) => ({ id: o.id, title: o.title, reviewBy: o.review_by, owner: o.owner_id ? (owners.get(o.owner_id) ?? null) : null })),
      mostUsed: used.map((u) => ({ id: u.id, title: u.title, views: Number(u.views), usedInContacts: Number(u.used), answeredInContact: Number(u.answered), helpfulYes: u.helpful_yes, helpfulNo: u.helpful_no })),
      noResults: (await this.noResults(org, now)).items.slice(0, 20),
    };
  }

  /** What people searched for and did not find (R22), most asked first. */
  async noResults(org: string, now = new Date()): Promise<{ items: { query: string; times: number; lastAt: string }[] }> {
    await this.searchLog.flush();
    const rows = await this.searchIndex.noResults(org, new Date(now.getTime() - RECENT_DAYS * 86_400_000));
    return { items: mergeMasked(rows.map((r) => ({ query: maskPersonalData(r.query), times: Number(r.times), lastAt: new Date(r.last_at).toISOString() }))) };
  }

  /** The organization's synonym groups; the sector list until its editors save their own. */
  async synonyms(org: string): Promise<{ groups: string[][] }> {
    return { groups: (await this.searchIndex.synonyms(org)) ?? SECTOR_SYNONYMS.map((g) => [...g]) };
  }

  /**
   * What search knows of the organization's language (its articles' words, synonyms, compounds):
   * read by every search that is not answered from the cache, so kept per generation of the knowledge base.
   */
  private readonly vocabularies = new Map<string, { generation: string; vocabulary: SearchVocabulary }>();

  private async vocabulary(org: string, generation: string): Promise<SearchVocabulary> {
    const hit = this.vocabularies.get(org);
    if (hit?.generation === generation) return hit.vocabulary;
    const words = await this.searchIndex.words(org);
    const { groups } = await this.synonyms(org);
    const vocabulary = searchVocabulary(words, groups);
    if (this.vocabularies.size > 1_000) this.vocabularies.clear();
    this.vocabularies.set(org, { generation, vocabulary });
    return vocabulary;
  }

  @UseCase()
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
    await this.searchIndex.saveSynonyms(actor.organizationId, clean);
    await this.searchChanged(actor.organizationId);
    return { groups: clean };
  }

  // ---------- internals ----------
  private async insertVersion(actor: Actor, articleId: string, version: number, v: Omit<CreateArticleDto, 'topics'> & { topicIds: string[] }, changeNote: string | null): Promise<void> {
    const by = actor.kind === 'staff' ? (await this.directory.people(actor.organizationId, [actor.userId])).get(actor.userId) : undefined;
    await this.articles.insertVersion(actor.organizationId, articleId, version, {
      title: v.title.trim(), questions: (v.questions ?? []).map((q) => q.trim()).filter(Boolean), body: v.body, answerTemplate: v.answerTemplate?.trim() || null, audience: v.audience, category: v.category?.trim() || null,
      topicIds: v.topicIds, editedBy: by ? { id: by.id, name: by.displayName } : null, changeNote, at: new Date(),
    });
  }

  private async topicIds(org: string, idsOrCodes: string[]): Promise<string[]> {
    if (!idsOrCodes.length) return [];
    const topics = await this.topicList.topics(org, true);
    const out: string[] = [];
    idsOrCodes.forEach((x, i) => {
      const t = topics.find((t) => t.id === x || t.code === x);
      if (!t) throw new ValidationFailedError([{ field: `topics[${i}]`, code: 'not_found_in_organization' }]);
      out.push(t.id);
    });
    return out;
  }

  private async topicRefs(org: string, ids: string[]): Promise<TopicRefDto[]> {
    if (!ids.length) return [];
    const topics = await this.topicList.topics(org, true);
    return ids.map((id) => topics.find((t) => t.id === id)).filter((t): t is NonNullable<typeof t> => !!t).map((t) => ({ id: t.id, code: t.code, name: t.name }));
  }

  private async load(org: string, id: string): Promise<ArticleRow> {
    if (!isUuid(id)) throw new NotFoundError('Article');
    const row = await this.articles.find(org, id);
    if (!row) throw new NotFoundError('Article');
    return row;
  }

  private async lock(org: string, id: string): Promise<ArticleRow> {
    if (!isUuid(id)) throw new NotFoundError('Article');
    const row = await this.articles.find(org, id, { forUpdate: true });
    if (!row) throw new NotFoundError('Article');
    return row;
  }

  /** A published article this reader may see: tenants only public ones. */
  private async visible(actor: Actor, id: string): Promise<ArticleRow> {
    const a = await this.load(actor.organizationId, id);
    if (a.status !== 'published' || a.published_version === null || (actor.kind === 'tenant' && a.audience !== 'public')) throw new NotFoundError('Article');
    return a;
  }

  private async version(org: string, articleId: string, version: number): Promise<VersionRow> {
    const row = await this.articles.version(org, articleId, version);
    if (!row) throw new NotFoundError('Article version');
    return row;
  }
}

/** A review date plans the next check: at most this many years ahead (a past one, say from an import, is simply overdue). */
const REVIEW_YEARS = 10;

function checkReviewBy(reviewBy: string | null | undefined): void {
  if (reviewBy && !isDateWithinYears(reviewBy, REVIEW_YEARS, new Date().toISOString().slice(0, 10)) && reviewBy > new Date().toISOString().slice(0, 10)) {
    throw new ValidationFailedError([{ field: 'reviewBy', code: 'too_far_ahead_years', params: { years: REVIEW_YEARS } }]);
  }
}
