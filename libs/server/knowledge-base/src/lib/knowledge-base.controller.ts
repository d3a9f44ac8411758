import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Actor, Authenticated, IsRealDate, PG_INT_MAX, CurrentActor, CUSTOMER_STAFF, ShowsNoCustomerData, Staff, Tenant, TextLength } from '@loket/server/platform';
import { FORM_RULES } from '@loket/shared/contracts';
import {
  ARTICLE_AUDIENCES, ARTICLE_STATUSES, type Article, type ArticleAudience, type ArticleFeedbackRequest, type ArticleSearchHit, type ArticleStatus, type ArticleVersionSummary,
  type CreateArticleRequest, type UpdateArticleRequest,
} from '@loket/shared/contracts';
import { KnowledgeBaseService } from './knowledge-base.service';

const READERS = [...CUSTOMER_STAFF, 'kb_editor'] as const;

export class CreateArticleDto implements CreateArticleRequest {
  @ApiProperty() @IsString() @TextLength(FORM_RULES.articleTitle) title!: string;
  @ApiProperty({ type: [String], example: ['Hoe zeg ik mijn huur op?', 'contract beëindigen', 'verhuizen'] })
  @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(300, { each: true }) questions!: string[];
  @ApiProperty({ description: 'Markdown' }) @IsString() @MaxLength(50_000) body!: string;
  @ApiProperty({ enum: ARTICLE_AUDIENCES }) @IsIn(ARTICLE_AUDIENCES) audience!: ArticleAudience;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @TextLength(FORM_RULES.articleCategory) category?: string | null;
  @ApiPropertyOptional({ type: [String], description: 'Topic ids or codes' }) @IsOptional() @IsArray() @ArrayMaxSize(10) @IsString({ each: true }) topics?: string[];
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) @IsOptional() @IsUUID('all') ownerId?: string | null;
  @ApiPropertyOptional({ example: '2027-06-01', format: 'date', nullable: true, type: String }) @IsOptional() @IsRealDate() reviewBy?: string | null;
}

export class UpdateArticleDto implements UpdateArticleRequest {
  @ApiProperty({ description: 'The latest version you started from' }) @Type(() => Number) @IsInt() @Min(1) @Max(PG_INT_MAX) baseVersion!: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @TextLength(FORM_RULES.articleTitle) title?: string;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(300, { each: true }) questions?: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50_000) body?: string;
  @ApiPropertyOptional({ enum: ARTICLE_AUDIENCES }) @IsOptional() @IsIn(ARTICLE_AUDIENCES) audience?: ArticleAudience;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @TextLength(FORM_RULES.articleCategory) category?: string | null;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(10) @IsString({ each: true }) topics?: string[];
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) @IsOptional() @IsUUID('all') ownerId?: string | null;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String }) @IsOptional() @IsRealDate() reviewBy?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @TextLength(FORM_RULES.articleChangeNote) changeNote?: string | null;
}

export class ArticlesQueryDto {
  @ApiPropertyOptional({ description: 'Search words (Dutch)' }) @IsOptional() @IsString() @MaxLength(200) q?: string;
  @ApiPropertyOptional({ enum: ARTICLE_AUDIENCES }) @IsOptional() @IsIn(ARTICLE_AUDIENCES) audience?: ArticleAudience;
  @ApiPropertyOptional({ enum: ARTICLE_STATUSES }) @IsOptional() @IsIn(ARTICLE_STATUSES) status?: ArticleStatus;
  @ApiPropertyOptional({ description: 'Topic id or code' }) @IsOptional() @IsString() @MaxLength(60) topic?: string;
  @ApiPropertyOptional({ default: 10 }) @IsOptional() @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(50) limit?: number;
}

export class FeedbackDto implements ArticleFeedbackRequest {
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
export class ArticlesController {
  constructor(private readonly kb: KnowledgeBaseService) {}

  /** With `q`: a search ranked by relevance with highlighted snippets. Without: the list (editors see drafts too). */
  @Get()
  @Staff(...READERS)
  async list(@CurrentActor() actor: Actor, @Query() q: ArticlesQueryDto): Promise<{ items: ArticleSearchHit[] } | { items: unknown[] }> {
    if (q.q?.trim()) return this.kb.search(actor.organizationId, q.q, { publicOnly: q.audience === 'public', topic: q.topic, limit: q.limit });
    return this.kb.list(actor, q);
  }

  @Post()
  @Staff('kb_editor', 'admin')
  create(@CurrentActor() actor: Actor, @Body() body: CreateArticleDto): Promise<Article> {
    return this.kb.create(actor, body);
  }

  @Get('no-results')
  @Staff('kb_editor', 'admin')
  noResults(@CurrentActor() actor: Actor) {
    return this.kb.noResults(actor.organizationId);
  }

  /** Overdue reviews, most used articles, searches that found nothing. */
  @Get('dashboard')
  @Staff('kb_editor', 'admin')
  dashboard(@CurrentActor() actor: Actor) {
    return this.kb.dashboard(actor.organizationId);
  }

  @Get('synonyms')
  @Staff('kb_editor', 'admin')
  synonyms(@CurrentActor() actor: Actor) {
    return this.kb.synonyms(actor.organizationId);
  }

  @Put('synonyms')
  @Staff('kb_editor', 'admin')
  putSynonyms(@CurrentActor() actor: Actor, @Body() body: SynonymsDto) {
    return this.kb.putSynonyms(actor, body.groups);
  }

  @Get(':id')
  @Staff(...READERS)
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<Article> {
    return this.kb.open(actor, id);
  }

  @Patch(':id')
  @Staff('kb_editor', 'admin')
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateArticleDto): Promise<Article> {
    return this.kb.update(actor, id, body);
  }

  @Get(':id/versions')
  @Staff('kb_editor', 'admin')
  versions(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<{ items: ArticleVersionSummary[] }> {
    return this.kb.versions(actor, id);
  }

  /** What changed between two versions (`from`, `to`). */
  @Get(':id/diff')
  @Staff('kb_editor', 'admin')
  diff(@CurrentActor() actor: Actor, @Param('id') id: string, @Query() q: DiffQueryDto) {
    return this.kb.diff(actor, id, q.from, q.to);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Staff('kb_editor', 'admin')
  publish(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<Article> {
    return this.kb.publish(actor, id);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Staff('kb_editor', 'admin')
  archive(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<Article> {
    return this.kb.archive(actor, id);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @Staff('kb_editor', 'admin')
  restore(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: RestoreDto): Promise<Article> {
    return this.kb.restore(actor, id, body.version);
  }

  /** "Heeft dit u geholpen?" — from the portal or the front office. */
  @Post(':id/feedback')
  @HttpCode(204)
  @Authenticated()
  async feedback(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: FeedbackDto): Promise<void> {
    await this.kb.feedback(actor, id, body);
  }
}

@ApiTags('portal')
@ApiBearerAuth()
@Controller('portal/articles')
@ShowsNoCustomerData()
export class PortalArticlesController {
  constructor(private readonly kb: KnowledgeBaseService) {}

  /** The public FAQ: search (public articles only), or the list when no words are given. */
  @Get()
  @Tenant()
  async list(@CurrentActor() actor: Actor, @Query() q: ArticlesQueryDto) {
    if (q.q?.trim()) return this.kb.search(actor.organizationId, q.q, { publicOnly: true, topic: q.topic, limit: q.limit });
    return this.kb.list(actor, { status: 'published', audience: 'public', topic: q.topic });
  }

  @Get(':id')
  @Tenant()
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<Article> {
    return this.kb.open(actor, id);
  }
}

