import { Injectable } from '@nestjs/common';
import { Actor, ConflictError, NotFoundError, UseCase, afterCommit, isUuid } from '@loket/server/platform';
import type { CreateTopicDto, TopicDto, TopicRefDto, UpdateTopicDto } from './dto/reference-data.dto';
import { ReferenceDataRepository } from './reference-data.repository';

/** How long a process keeps an organization's active topics: they change rarely, and a contact looks one up each time. */
const CACHE_MS = 30_000;

/** The organization's topic list, shared by contacts, cases, policies and knowledge articles. */
@Injectable()
export class TopicsService {
  /** All topics of an organization, the retired ones too (old cases and contacts keep theirs). */
  private readonly cache = new Map<string, { until: number; topics: TopicDto[] }>();

  constructor(private readonly repo: ReferenceDataRepository) {}

  /** Active topics in the organization's order; with `includeInactive` the retired ones too. */
  topics(organizationId: string, includeInactive = false): Promise<TopicDto[]> {
    return this.repo.topics(organizationId, includeInactive);
  }

  /** Code and name of each of these topics (retired ones too), for modules that store topic ids: one round trip per list. */
  async refs(organizationId: string, ids: (string | null)[]): Promise<Map<string, TopicRefDto>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id && isUuid(id)))];
    if (wanted.length === 0) return new Map();
    const rows = await this.repo.topicsById(organizationId, wanted);
    return new Map(rows.map((r) => [r.id, { id: r.id, code: r.code, name: r.name }]));
  }

  /** An active topic by its id or its code, or null (from a short per-process memory: saves a round trip per contact). */
  async byIdOrCode(organizationId: string, idOrCode: string): Promise<TopicDto | null> {
    return (await this.all(organizationId)).find((t) => t.active && (t.code === idOrCode || t.id === idOrCode)) ?? null;
  }

  /** These topics (retired ones too) by id, from the same memory: no round trip for a page of cases or contacts. */
  async byIds(organizationId: string, ids: string[]): Promise<Map<string, TopicDto>> {
    return new Map((await this.all(organizationId, [...new Set(ids)])).map((t) => [t.id, t]));
  }

  /** The organization's topics from the short per-process memory; read again when it is old or lacks one of `mustHave`. */
  private async all(organizationId: string, mustHave: string[] = []): Promise<TopicDto[]> {
    let cached = this.cache.get(organizationId);
    if (!cached || cached.until < Date.now() || mustHave.some((id) => !cached?.topics.some((t) => t.id === id))) {
      cached = { until: Date.now() + CACHE_MS, topics: await this.topics(organizationId, true) };
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(organizationId, cached);
    }
    return cached.topics;
  }

  @UseCase()
  async create(actor: Actor, dto: CreateTopicDto): Promise<TopicDto> {
    const topic = await this.repo.insertTopic(actor.organizationId, { code: dto.code, name: dto.name.trim(), sensitive: dto.sensitive ?? false });
    if (!topic) throw new ConflictError('topic-code-taken', { code: dto.code });
    await afterCommit(() => this.cache.delete(actor.organizationId));
    return topic;
  }

  @UseCase()
  async update(actor: Actor, id: string, dto: UpdateTopicDto): Promise<TopicDto> {
    if (!isUuid(id)) throw new NotFoundError('Topic');
    const topic = await this.repo.updateTopic(actor.organizationId, id, { name: dto.name?.trim() ?? null, sensitive: dto.sensitive ?? null, active: dto.active ?? null });
    if (!topic) throw new NotFoundError('Topic');
    await afterCommit(() => this.cache.delete(actor.organizationId));
    return topic;
  }
}
