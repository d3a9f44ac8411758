import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsRealDate, PG_INT_MAX, TextLength } from '@loket/server/platform';
import { ARTICLE_AUDIENCES, ARTICLE_STATUSES, FORM_RULES, type ArticleAudience, type ArticleStatus } from '@loket/shared/contracts';

/** The requests of the knowledge base endpoints (bodies and queries), validated by the one validation pipe. */
export class CreateArticleDto {
  @ApiProperty() @IsString() @TextLength(FORM_RULES.articleTitle) title!: string;
  @ApiProperty({ type: [String], example: ['Hoe zeg ik mijn huur op?', 'contract beëindigen', 'verhuizen'] })
  @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(300, { each: true }) questions!: string[];
  @ApiProperty({ description: 'Markdown' }) @IsString() @MaxLength(50_000) body!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'A standard answer agents insert when they resolve a case; placeholders {naam}, {klantnummer}, {onderwerp}, {datum}, {medewerker}, {organisatie}, {telefoon}' })
  @IsOptional() @IsString() @MaxLength(4000) answerTemplate?: string | null;
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
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The standard answer (null removes it)' }) @IsOptional() @IsString() @MaxLength(4000) answerTemplate?: string | null;
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

export class SuggestQueryDto {
  @ApiProperty({ description: 'What is typed so far (Dutch); the last word may be unfinished unless a space follows it' }) @IsString() @MaxLength(200) q!: string;
  @ApiPropertyOptional({ enum: ARTICLE_AUDIENCES, enumName: 'ArticleAudience' }) @IsOptional() @IsIn(ARTICLE_AUDIENCES) audience?: ArticleAudience;
  @ApiPropertyOptional({ default: 5 }) @IsOptional() @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(10) limit?: number;
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
