import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiExtraModels, ApiNoContentResponse, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { ApiProblems, Actor, Authenticated, CurrentActor, CUSTOMER_STAFF, ShowsNoCustomerData, Staff, Tenant } from '@loket/server/platform';
import { KnowledgeBaseService } from './knowledge-base.service';
import { ArticlesQueryDto, CreateArticleDto, DiffQueryDto, FeedbackDto, RestoreDto, SuggestQueryDto, SynonymsDto, UpdateArticleDto } from './knowledge-base.dto';
import {
  ArticleDiffDto, ArticleDto, ArticleListDto, ArticleSearchResultDto, ArticleVersionListDto, KbDashboardDto, NoResultSearchListDto, SynonymGroupsDto,
} from './knowledge-base.responses.dto';

/** With `q` the list is a search (ranked hits with snippets), without it the plain list. */
const ARTICLES_ANSWER = { oneOf: [{ $ref: getSchemaPath(ArticleSearchResultDto) }, { $ref: getSchemaPath(ArticleListDto) }] };

const READERS = [...CUSTOMER_STAFF, 'kb_editor'] as const;

@ApiTags('knowledge-base')
@ApiBearerAuth()
@Controller('articles')
@ShowsNoCustomerData()
@ApiExtraModels(ArticleSearchResultDto, ArticleListDto)
export class ArticlesController {
  constructor(private readonly kb: KnowledgeBaseService) {}

  /** With `q`: a search ranked by relevance with highlighted snippets. Without: the list (editors see drafts too). */
  @Get()
  @Staff(...READERS)
  @ApiOkResponse({ schema: ARTICLES_ANSWER })
  @ApiProblems(400)
  async list(@CurrentActor() actor: Actor, @Query() q: ArticlesQueryDto): Promise<ArticleSearchResultDto | ArticleListDto> {
    if (q.q?.trim()) return this.kb.search(actor.organizationId, q.q, { publicOnly: q.audience === 'public', topic: q.topic, limit: q.limit });
    return this.kb.list(actor, q);
  }

  @Post()
  @Staff('kb_editor', 'admin')
  @ApiCreatedResponse({ type: ArticleDto })
  @ApiProblems(400)
  create(@CurrentActor() actor: Actor, @Body() body: CreateArticleDto): Promise<ArticleDto> {
    return this.kb.create(actor, body);
  }

  /** Suggestions while typing (the last word may be unfinished): titles with snippets, not logged as searches. */
  @Get('suggestions')
  @Staff(...READERS)
  @ApiOkResponse({ type: ArticleSearchResultDto })
  @ApiProblems(400)
  suggestions(@CurrentActor() actor: Actor, @Query() q: SuggestQueryDto): Promise<ArticleSearchResultDto> {
    return this.kb.suggest(actor.organizationId, q.q, { publicOnly: q.audience === 'public', limit: q.limit });
  }

  @Get('no-results')
  @Staff('kb_editor', 'admin')
  @ApiOkResponse({ type: NoResultSearchListDto })
  noResults(@CurrentActor() actor: Actor): Promise<NoResultSearchListDto> {
    return this.kb.noResults(actor.organizationId);
  }

  /** Overdue reviews, most used articles, searches that found nothing. */
  @Get('dashboard')
  @Staff('kb_editor', 'admin')
  @ApiOkResponse({ type: KbDashboardDto })
  dashboard(@CurrentActor() actor: Actor): Promise<KbDashboardDto> {
    return this.kb.dashboard(actor.organizationId);
  }

  @Get('synonyms')
  @Staff('kb_editor', 'admin')
  @ApiOkResponse({ type: SynonymGroupsDto })
  synonyms(@CurrentActor() actor: Actor): Promise<SynonymGroupsDto> {
    return this.kb.synonyms(actor.organizationId);
  }

  @Put('synonyms')
  @Staff('kb_editor', 'admin')
  @ApiOkResponse({ type: SynonymGroupsDto })
  @ApiProblems(400)
  putSynonyms(@CurrentActor() actor: Actor, @Body() body: SynonymsDto): Promise<SynonymGroupsDto> {
    return this.kb.putSynonyms(actor, body.groups);
  }

  @Get(':id')
  @Staff(...READERS)
  @ApiOkResponse({ type: ArticleDto })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ArticleDto> {
    return this.kb.open(actor, id);
  }

  @Patch(':id')
  @Staff('kb_editor', 'admin')
  @ApiOkResponse({ type: ArticleDto })
  @ApiProblems(400, 404, 409)
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateArticleDto): Promise<ArticleDto> {
    return this.kb.update(actor, id, body);
  }

  @Get(':id/versions')
  @Staff('kb_editor', 'admin')
  @ApiOkResponse({ type: ArticleVersionListDto })
  @ApiProblems(400, 404)
  versions(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ArticleVersionListDto> {
    return this.kb.versions(actor, id);
  }

  /** What changed between two versions (`from`, `to`). */
  @Get(':id/diff')
  @Staff('kb_editor', 'admin')
  @ApiOkResponse({ type: ArticleDiffDto })
  @ApiProblems(400, 404)
  diff(@CurrentActor() actor: Actor, @Param('id') id: string, @Query() q: DiffQueryDto): Promise<ArticleDiffDto> {
    return this.kb.diff(actor, id, q.from, q.to);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Staff('kb_editor', 'admin')
  @ApiOkResponse({ type: ArticleDto })
  @ApiProblems(400, 404, 409)
  publish(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ArticleDto> {
    return this.kb.publish(actor, id);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Staff('kb_editor', 'admin')
  @ApiOkResponse({ type: ArticleDto })
  @ApiProblems(400, 404, 409)
  archive(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ArticleDto> {
    return this.kb.archive(actor, id);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @Staff('kb_editor', 'admin')
  @ApiOkResponse({ type: ArticleDto })
  @ApiProblems(400, 404, 409)
  restore(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: RestoreDto): Promise<ArticleDto> {
    return this.kb.restore(actor, id, body.version);
  }

  /** "Heeft dit u geholpen?" — from the portal or the front office. */
  @Post(':id/feedback')
  @HttpCode(204)
  @Authenticated()
  @ApiNoContentResponse({ description: 'Thank you: the answer is recorded' })
  @ApiProblems(400, 404)
  async feedback(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: FeedbackDto): Promise<void> {
    await this.kb.feedback(actor, id, body);
  }
}

@ApiTags('portal')
@ApiBearerAuth()
@Controller('portal/articles')
@ShowsNoCustomerData()
@ApiExtraModels(ArticleSearchResultDto, ArticleListDto)
export class PortalArticlesController {
  constructor(private readonly kb: KnowledgeBaseService) {}

  /** The public FAQ: search (public articles only), or the list when no words are given. */
  @Get()
  @Tenant()
  @ApiOkResponse({ schema: ARTICLES_ANSWER })
  @ApiProblems(400)
  async list(@CurrentActor() actor: Actor, @Query() q: ArticlesQueryDto): Promise<ArticleSearchResultDto | ArticleListDto> {
    if (q.q?.trim()) return this.kb.search(actor.organizationId, q.q, { publicOnly: true, topic: q.topic, limit: q.limit });
    return this.kb.list(actor, { status: 'published', audience: 'public', topic: q.topic });
  }

  /** Suggestions while typing in "Stel een vraag" (public articles only; the last word may be unfinished). */
  @Get('suggestions')
  @Tenant()
  @ApiOkResponse({ type: ArticleSearchResultDto })
  @ApiProblems(400)
  suggestions(@CurrentActor() actor: Actor, @Query() q: SuggestQueryDto): Promise<ArticleSearchResultDto> {
    return this.kb.suggest(actor.organizationId, q.q, { publicOnly: true, limit: q.limit });
  }

  @Get(':id')
  @Tenant()
  @ApiOkResponse({ type: ArticleDto })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ArticleDto> {
    return this.kb.open(actor, id);
  }
}

