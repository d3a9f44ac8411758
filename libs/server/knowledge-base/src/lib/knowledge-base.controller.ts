import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiExtraModels, ApiNoContentResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ApiProblems, Actor, Authenticated, IsRealDate, PG_INT_MAX, CurrentActor, CUSTOMER_STAFF, ShowsNoCustomerData, Staff, Tenant, TextLength } from '@loket/server/platform';
import { ARTICLE_AUDIENCES, ARTICLE_STATUSES, FORM_RULES, type ArticleAudience, type ArticleStatus } from '@loket/shared/contracts';
import { KnowledgeBaseService } from './knowledge-base.service';
import {
  ArticleDiffDto, ArticleDto, ArticleListDto, ArticleSearchResultDto, ArticleVersionListDto, KbDashboardDto, NoResultSearchListDto, SynonymGroupsDto,
} from './knowledge-base.responses.dto';

/** With `q` the list is a search (ranked hits with snippets), without it the plain list. */
const ARTICLES_ANSWER = { oneOf: [{ $ref: getSchemaPath(ArticleSearchResultDto) }, { $ref: getSchemaPath(ArticleListDto) }] };

const READERS = [...CUSTOMER_STAFF, 'kb_editor'] as const;

export class CreateArticleDto {
  @ApiProperty() @IsString() @TextLength(FORM_RULES.articleTitle) title!: string;
  @ApiProperty({ type: [String], example: ['Hoe zeg ik mijn huur op?', 'contract beëindigen', 'verhuizen'] })
  @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(300, { each: true }) questions!: string[];
  @ApiProperty({ description: 'Markdown' }) @IsString() @MaxLength(50_000) body!: string;
  @ApiProperty({ enum: ARTICLE_AUDIENCES, enumName: 'ArticleAudience' }) @IsIn(ARTICLE_AUDIENCES) audience!: ArticleAudience;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @TextLength(FORM_RULES.articleCategory) category?: string | null;
  @ApiPropertyOptional({ type: [String], description: 'Topic ids or codes' }) @IsOptional() @IsArray() @ArrayMaxSize(10) @IsString({ each: true }) topics?: string[];
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) @IsOptional() @IsUUID('all') ownerId?: string | null;
  @ApiPropertyOptional({ example: '2027-06-01', format: 'date', nullable: true, type: String }) @IsOptional() @IsRealDate() reviewBy?: string | null;
}

export class UpdateArticleDto {
  @ApiProperty({ description: 'The latest version you started from' }) @Type(() => Number) @IsInt() @Min(1) @Max(PG_INT_MAX) baseVersion!: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @TextLength(FORM_RULES.articleTitle) title?: string;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(300, { each: true }) questions?: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50_000) body?: string;
  @ApiPropertyOptional({ enum: ARTICLE_AUDIENCES, enumName: 'ArticleAudience' }) @IsOptional() @IsIn(ARTICLE_AUDIENCES) audience?: ArticleAudience;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @TextLength(FORM_RULES.articleCategory) category?: string | null;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(10) @IsString({ each: true }) topics?: string[];
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) @IsOptional() @IsUUID('all') ownerId?: string | null;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String }) @IsOptional() @IsRealDate() reviewBy?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @TextLength(FORM_RULES.articleChangeNote) changeNote?: string | null;
}

export class ArticlesQueryDto {
  @ApiPropertyOptional({ description: 'Search words (Dutch)' }) @IsOptional() @IsString() @MaxLength(200) q?: string;
  @ApiPropertyOptional({ enum: ARTICLE_AUDIENCES, enumName: 'ArticleAudience' }) @IsOptional() @IsIn(ARTICLE_AUDIENCES) audience?: ArticleAudience;
  @ApiPropertyOptional({ enum: ARTICLE_STATUSES, enumName: 'ArticleStatus' }) @IsOptional() @IsIn(ARTICLE_STATUSES) status?: ArticleStatus;
  @ApiPropertyOptional({ description: 'Topic id or code' }) @IsOptional() @IsString() @MaxLength(60) topic?: string;
  @ApiPropertyOptional({ default: 10 }) @IsOptional() @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(50) limit?: number;
}

export class FeedbackDto {
  @ApiProperty({ description: 'Heeft dit u geholpen?' }) @IsBoolean() helpful!: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(1000) comment?: string | null;
}

export class RestoreDto {
  @ApiProperty({ minimum: 1 }) @IsInt() @Min(1) @Max(PG_INT_MAX) version!: number;
}

export class DiffQueryDto {
  @ApiProperty({ minimum: 1 }) @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(PG_INT_MAX) from!: number;
  @ApiProperty({ minimum: 1 }) @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(PG_INT_MAX) to!: number;
}

export class SynonymsDto {
  @ApiProperty({ type: 'array', items: { type: 'array', items: { type: 'string' } }, example: [['opzeggen', 'beëindigen', 'verhuizen']] })
  @IsArray() @ArrayMaxSize(500) @IsArray({ each: true }) groups!: string[][];
}

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

  @Get(':id')
  @Tenant()
  @ApiOkResponse({ type: ArticleDto })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ArticleDto> {
    return this.kb.open(actor, id);
  }
}

