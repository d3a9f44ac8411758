import { ARTICLE_AUDIENCES, FORM_RULES } from '@loket/shared/contracts';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Article, CreateArticleRequest } from '@loket/web/api-client';

export const KB_EDITOR_PATH = '/kennisbank';
export const NEW_ARTICLE = 'nieuw';
export const articleEditorPath = (id: string) => `${KB_EDITOR_PATH}/${encodeURIComponent(id)}`;
/** A new article starts with this question filled in (a search that found nothing): `/kennisbank/nieuw?vraag=…`. */
export const QUESTION_PARAM = 'vraag';
export const newArticleForQuestion = (question: string) =>
  `${articleEditorPath(NEW_ARTICLE)}?${new URLSearchParams({ [QUESTION_PARAM]: question }).toString()}`;

/** The fields the API can name in a 400 (save or publish), as they appear in the form. */
export const ARTICLE_FIELDS = ['title', 'questions', 'body', 'answerTemplate', 'audience', 'category', 'topics', 'reviewBy'] as const;
export type ArticleField = (typeof ARTICLE_FIELDS)[number];

function makeSchema(t: TFunction) {
  return z.object({
    title: z.string().trim().min(1, t('kbEditor.errors.titleRequired')).max(FORM_RULES.articleTitle.max, t('kbEditor.errors.titleTooLong', { max: FORM_RULES.articleTitle.max })),
    /** One question per line. */
    questions: z.string(),
    body: z.string().trim().min(1, t('kbEditor.errors.bodyRequired')),
    /** The standard answer agents insert when they resolve a case (placeholders such as {naam}). */
    answerTemplate: z.string().trim().max(4000, t('caseView.errors.answerTooLong')),
    audience: z.enum(ARTICLE_AUDIENCES),
    category: z.string().trim().max(FORM_RULES.articleCategory.max, t('kbEditor.errors.categoryTooLong', { max: FORM_RULES.articleCategory.max })),
    topics: z.array(z.string()),
    reviewBy: z.string(),
    changeNote: z.string().trim().max(FORM_RULES.articleChangeNote.max, t('kbEditor.errors.changeNoteTooLong', { max: FORM_RULES.articleChangeNote.max })),
  });
}

export type ArticleValues = z.infer<ReturnType<typeof makeSchema>>;

export function useArticleSchema() {
  const { t } = useTranslation();
  return useMemo(() => makeSchema(t), [t]);
}

export function emptyArticleValues(question = ''): ArticleValues {
  return { title: '', questions: question, body: '', answerTemplate: '', audience: 'internal', category: '', topics: [], reviewBy: '', changeNote: '' };
}

export function articleValues(article: Article): ArticleValues {
  return {
    title: article.title,
    questions: article.questions.join('\n'),
    body: article.body,
    answerTemplate: article.answerTemplate ?? '',
    audience: article.audience,
    category: article.category ?? '',
    topics: article.topics.map((topic) => topic.id),
    reviewBy: article.reviewBy?.slice(0, 10) ?? '',
    changeNote: '',
  };
}

/** The form's values as the API wants them: questions one per line, empty fields as null. */
export function toArticleRequest(values: ArticleValues): CreateArticleRequest {
  return {
    title: values.title.trim(),
    questions: values.questions.split('\n').map((line) => line.trim()).filter(Boolean),
    body: values.body,
    answerTemplate: values.answerTemplate.trim() || null,
    audience: values.audience,
    category: values.category.trim() || null,
    topics: values.topics,
    reviewBy: values.reviewBy || null,
  };
}

/** A field named by the API ("questions", "questions[0]", "body") as a field of the form, if it is one. */
export function formField(field: string): ArticleField | null {
  const base = field.split(/[.[]/)[0] ?? '';
  return (ARTICLE_FIELDS as readonly string[]).includes(base) ? (base as ArticleField) : null;
}
