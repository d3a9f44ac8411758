import { ApiProperty } from '@nestjs/swagger';
import { ARTICLE_AUDIENCES, ARTICLE_STATUSES, type ArticleAudience, type ArticleStatus } from '@loket/shared/contracts';
import { PersonRefDto, TopicRefDto } from '@loket/server/platform';

/** The answers of the knowledge base endpoints: named schemas in the API document. */
class LongSentenceDto {
  @ApiProperty() text!: string;
  @ApiProperty() words!: number;
  @ApiProperty({ description: 'More than 25 words: too long for B1, to shorten' }) tooLong!: boolean;
}

/** Plain-language check: Flesch-Douma for Dutch, and the level it suggests. */
export class ReadabilityDto {
  @ApiProperty({ description: 'Flesch-Douma reading ease (higher is easier; 60–70 ≈ B1)' }) score!: number;
  @ApiProperty({ enum: ['B1 or easier', 'above B1'], enumName: 'ReadabilityLevel' }) level!: 'B1 or easier' | 'above B1';
  @ApiProperty() averageSentenceWords!: number;
  @ApiProperty({ description: 'Sentences of more than 25 words; a text with one is never B1' }) tooLongSentences!: number;
  @ApiProperty({ type: [LongSentenceDto], description: 'The longest sentences, to shorten first' }) longestSentences!: LongSentenceDto[];
}

export class ArticleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'The version shown: the published one, or (for editors) the latest' }) version!: number;
  @ApiProperty({ description: 'The latest version number; send it back as baseVersion when editing' }) latestVersion!: number;
  @ApiProperty({ enum: ARTICLE_STATUSES, enumName: 'ArticleStatus' }) status!: ArticleStatus;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [String] }) questions!: string[];
  @ApiProperty({ description: 'Markdown' }) body!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The standard answer with placeholders (staff only; null for tenants or when there is none)' }) answerTemplate!: string | null;
  @ApiProperty({ description: 'The body rendered to safe HTML' }) bodyHtml!: string;
  @ApiProperty({ enum: ARTICLE_AUDIENCES, enumName: 'ArticleAudience' }) audience!: ArticleAudience;
  @ApiProperty({ nullable: true, type: String }) category!: string | null;
  @ApiProperty({ type: [TopicRefDto] }) topics!: TopicRefDto[];
  @ApiProperty({ type: PersonRefDto, nullable: true }) owner!: PersonRefDto | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) reviewBy!: string | null;
  @ApiProperty({ type: ReadabilityDto }) readability!: ReadabilityDto;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) publishedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class ArticleSearchHitDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ARTICLE_AUDIENCES, enumName: 'ArticleAudience' }) audience!: ArticleAudience;
  @ApiProperty({ nullable: true, type: String }) category!: string | null;
  @ApiProperty({ description: 'The matching passage with the search words between <mark> and </mark> (everything else escaped)' }) snippet!: string;
  @ApiProperty() rank!: number;
}
export class ArticleSearchResultDto {
  @ApiProperty({ type: [ArticleSearchHitDto] }) items!: ArticleSearchHitDto[];
}

export class ArticleListItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ARTICLE_STATUSES, enumName: 'ArticleStatus' }) status!: ArticleStatus;
  @ApiProperty({ enum: ARTICLE_AUDIENCES, enumName: 'ArticleAudience' }) audience!: ArticleAudience;
  @ApiProperty({ nullable: true, type: String }) category!: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) reviewBy!: string | null;
  @ApiProperty() latestVersion!: number;
  @ApiProperty({ nullable: true, type: Number }) publishedVersion!: number | null;
}
export class ArticleListDto {
  @ApiProperty({ type: [ArticleListItemDto] }) items!: ArticleListItemDto[];
}

export class ArticleVersionSummaryDto {
  @ApiProperty() version!: number;
  @ApiProperty({ enum: ARTICLE_STATUSES, enumName: 'ArticleStatus' }) status!: ArticleStatus;
  @ApiProperty() title!: string;
  @ApiProperty({ type: PersonRefDto, nullable: true }) editedBy!: PersonRefDto | null;
  @ApiProperty({ format: 'date-time' }) editedAt!: string;
  @ApiProperty({ nullable: true, type: String, description: "What changed, in the editor's words" }) changeNote!: string | null;
}
export class ArticleVersionListDto {
  @ApiProperty({ type: [ArticleVersionSummaryDto] }) items!: ArticleVersionSummaryDto[];
}

class TextChangeDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
}
class QuestionsChangeDto {
  @ApiProperty({ type: [String] }) added!: string[];
  @ApiProperty({ type: [String] }) removed!: string[];
}
class BodyPartDto {
  @ApiProperty({ enum: ['same', 'added', 'removed'], enumName: 'DiffPartKind' }) kind!: 'same' | 'added' | 'removed';
  @ApiProperty() text!: string;
}
class AudienceChangeDto {
  @ApiProperty({ enum: ARTICLE_AUDIENCES, enumName: 'ArticleAudience' }) from!: ArticleAudience;
  @ApiProperty({ enum: ARTICLE_AUDIENCES, enumName: 'ArticleAudience' }) to!: ArticleAudience;
}
/** What changed between two versions of an article. */
export class ArticleDiffDto {
  @ApiProperty() from!: number;
  @ApiProperty() to!: number;
  @ApiProperty({ type: TextChangeDto, nullable: true, description: 'Null when the title stayed the same' }) title!: TextChangeDto | null;
  @ApiProperty({ type: QuestionsChangeDto }) questions!: QuestionsChangeDto;
  @ApiProperty({ type: [BodyPartDto], description: 'The body line by line' }) body!: BodyPartDto[];
  @ApiProperty({ type: AudienceChangeDto, nullable: true }) audience!: AudienceChangeDto | null;
}

export class NoResultSearchDto {
  @ApiProperty() query!: string;
  @ApiProperty() times!: number;
  @ApiProperty({ format: 'date-time' }) lastAt!: string;
}
export class NoResultSearchListDto {
  @ApiProperty({ type: [NoResultSearchDto] }) items!: NoResultSearchDto[];
}

class OverdueArticleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) reviewBy!: string;
  @ApiProperty({ type: PersonRefDto, nullable: true }) owner!: PersonRefDto | null;
}
class MostUsedArticleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() views!: number;
  @ApiProperty() usedInContacts!: number;
  @ApiProperty() answeredInContact!: number;
  @ApiProperty() helpfulYes!: number;
  @ApiProperty() helpfulNo!: number;
}
/** The editors' dashboard. */
export class KbDashboardDto {
  @ApiProperty({ type: [OverdueArticleDto], description: 'Published articles past their review-by date' }) overdue!: OverdueArticleDto[];
  @ApiProperty({ type: [MostUsedArticleDto], description: 'Most read and most used in contacts (90 days)' }) mostUsed!: MostUsedArticleDto[];
  @ApiProperty({ type: [NoResultSearchDto], description: 'Searches that found nothing (90 days)' }) noResults!: NoResultSearchDto[];
}

export class SynonymGroupsDto {
  @ApiProperty({ type: 'array', items: { type: 'array', items: { type: 'string' } }, example: [['opzeggen', 'beëindigen', 'verhuizen']] }) groups!: string[][];
}

/** Feedback the customer gave on an article, as it appears in a data export (AVG art. 15). */
export class ExportedFeedbackDto {
  @ApiProperty({ format: 'uuid' }) articleId!: string;
  @ApiProperty({ nullable: true, type: String }) articleTitle!: string | null;
  @ApiProperty() helpful!: boolean;
  @ApiProperty({ nullable: true, type: String }) comment!: string | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}
