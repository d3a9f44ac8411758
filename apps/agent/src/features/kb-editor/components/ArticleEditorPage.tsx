import { zodResolver } from '@hookform/resolvers/zod';
import { ARTICLE_AUDIENCES } from '@loket/shared/contracts';
import { isApiError, useArchiveArticle, useArticle, useArticleVersions, useCreateArticle, usePublishArticle, useRestoreArticleVersion, useTopics, useUpdateArticle, type Article } from '@loket/web/api-client';
import {
  Alert, Badge, Button, Loading, LoadError, SelectField, TextAreaField, TextField, formatDateTime, useDocumentTitle, useFocusOnMount,
} from '@loket/web/ui';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import {
  articleEditorPath, articleValues, emptyArticleValues, formField, KB_EDITOR_PATH, NEW_ARTICLE, QUESTION_PARAM, toArticleRequest,
  useArticleSchema, type ArticleValues,
} from '../hooks/article-form';
import { ArticleDiffView } from './ArticleDiffView';
import { NoAccess, useIsEditor } from './KnowledgeBasePage';

/** "/kennisbank/:id": write, save, publish an article; its versions and how easy it reads. `nieuw` starts a new one. */
export function ArticleEditorPage() {
  const { t } = useTranslation();
  const { id = NEW_ARTICLE } = useParams();
  const [searchParams] = useSearchParams();
  const isNew = id === NEW_ARTICLE;
  const isEditor = useIsEditor();
  const article = useArticle(isNew || !isEditor ? null : id);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const title = isNew ? t('kbEditor.newArticle') : (article.data?.title ?? t('kbEditor.title'));
  useDocumentTitle(title, t('app.titleSuffix'));

  return (
    <article className="kb-editor" aria-labelledby="artikel-titel">
      <p>
        <Link to={KB_EDITOR_PATH}>← {t('kbEditor.backToList')}</Link>
      </p>
      <h1 id="artikel-titel" ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {isEditor === undefined ? (
        <Loading>{t('app.loading')}</Loading>
      ) : !isEditor ? (
        <NoAccess />
      ) : isNew ? (
        <ArticleForm key="nieuw" article={null} question={searchParams.get(QUESTION_PARAM) ?? ''} />
      ) : article.isPending ? (
        <Loading>{t('app.loading')}</Loading>
      ) : article.isError ? (
        <LoadError offline={isApiError(article.error) && article.error.status === 0} onRetry={() => void article.refetch()} />
      ) : (
        <div className="kb-editor__layout">
          <ArticleForm key={article.data.id} article={article.data} onReload={() => article.refetch()} />
          <aside className="kb-editor__side">
            <ReadabilityPanel article={article.data} />
            <VersionsPanel article={article.data} />
          </aside>
        </div>
      )}
    </article>
  );
}

/** `question`: a new article starts with it (from a search that found nothing). */
function ArticleForm({ article, question = '', onReload }: { article: Article | null; question?: string; onReload?: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const schema = useArticleSchema();
  const topics = useTopics();
  const create = useCreateArticle();
  const update = useUpdateArticle(article?.id ?? '');
  const publish = usePublishArticle(article?.id ?? '');
  const archive = useArchiveArticle(article?.id ?? '');
  const [stale, setStale] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const problemsRef = useRef<HTMLDivElement>(null);
  const {
    register, handleSubmit, reset, setError, formState: { errors, isDirty },
  } = useForm<ArticleValues>({ resolver: zodResolver(schema), defaultValues: article ? articleValues(article) : emptyArticleValues(question) });

  // A newer version from the server (restore, publish, reload): the form shows it.
  const latestRef = useRef(article);
  latestRef.current = article;
  const version = article?.latestVersion;
  const status = article?.status;
  useEffect(() => {
    if (latestRef.current) reset(articleValues(latestRef.current));
  }, [version, status, reset]);

  const placeFieldErrors = (error: unknown, prefix: 'save' | 'publish') => {
    const messages: string[] = [];
    for (const problem of isApiError(error) ? error.fieldProblems : []) {
      const field = formField(problem.field);
      const message = t(`kbEditor.fieldErrors.${field ?? 'other'}`);
      if (field && field !== 'topics') setError(field, { message });
      if (!messages.includes(message)) messages.push(message);
    }
    if (messages.length > 0) {
      setProblems(messages);
      setFormError(t(`kbEditor.${prefix}Problems`));
      setTimeout(() => problemsRef.current?.focus(), 0);
      return;
    }
    setFormError(isApiError(error) && error.status === 0 ? t('app.networkError') : t('app.genericError'));
  };

  const clearMessages = () => {
    setFormError(null);
    setProblems([]);
    setSaved(null);
  };

  const onSubmit = handleSubmit((values) => {
    clearMessages();
    const request = toArticleRequest(values);
    if (!article) {
      create.mutate(request, {
        onSuccess: (created) => navigate(articleEditorPath(created.id), { replace: true }),
        onError: (error) => placeFieldErrors(error, 'save'),
      });
      return;
    }
    update.mutate(
      { ...request, baseVersion: article.latestVersion, changeNote: values.changeNote.trim() || null },
      {
        onSuccess: (next) => setSaved(t('kbEditor.saved', { version: next.latestVersion })),
        onError: (error) => {
          if (isApiError(error) && error.status === 409) setStale(true);
          else placeFieldErrors(error, 'save');
        },
      },
    );
  });

  const onPublish = () => {
    clearMessages();
    publish.mutate(undefined, {
      onSuccess: () => setSaved(t('kbEditor.published')),
      onError: (error) => {
        if (isApiError(error) && error.status === 409) setStale(true);
        else placeFieldErrors(error, 'publish');
      },
    });
  };

  const onArchive = () => {
    clearMessages();
    archive.mutate(undefined, {
      onSuccess: () => setSaved(t('kbEditor.archived')),
      onError: (error) => setFormError(isApiError(error) && error.status === 0 ? t('app.networkError') : t('app.genericError')),
    });
  };

  const reload = () => {
    void onReload?.().then(() => {
      setStale(false);
      clearMessages();
    });
  };

  const busy = create.isPending || update.isPending;
  const topicList = (topics.data ?? []).filter((topic) => topic.active);

  return (
    <form className="kb-editor__form contact-form" onSubmit={onSubmit} noValidate aria-labelledby="artikel-titel">
      {article ? (
        <p className="muted">
          <Badge tone={article.status === 'published' ? 'success' : article.status === 'draft' ? 'warning' : 'neutral'}>
            {t(`kbEditor.statuses.${article.status}`)}
          </Badge>{' '}
          {t('kbEditor.versionInfo', { version: article.version, latest: article.latestVersion })}
        </p>
      ) : null}
      <div aria-live="assertive">
        {stale ? (
          <Alert tone="error" title={t('kbEditor.stale.title')}>
            <p>{t('kbEditor.stale.text')}</p>
            <Button variant="secondary" onClick={reload}>
              {t('kbEditor.stale.reload')}
            </Button>
          </Alert>
        ) : null}
        {formError ? (
          <div ref={problemsRef} tabIndex={-1}>
            <Alert tone="error" title={formError}>
              {problems.length > 0 ? (
                <ul>
                  {problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              ) : null}
            </Alert>
          </div>
        ) : null}
      </div>
      <div role="status" className="status-message">
        {saved ? <Alert tone="success">{saved}</Alert> : null}
      </div>
      <TextField label={t('kbEditor.fields.title')} error={errors.title?.message} autoComplete="off" {...register('title')} />
      <TextAreaField
        label={t('kbEditor.fields.questions')}
        hint={t('kbEditor.fields.questionsHint')}
        error={errors.questions?.message}
        rows={4}
        {...register('questions')}
      />
      <TextAreaField label={t('kbEditor.fields.body')} hint={t('kbEditor.fields.bodyHint')} error={errors.body?.message} rows={12} {...register('body')} />
      <TextAreaField
        label={t('answers.templateLabel')}
        hint={t('answers.templateHint')}
        optionalLabel={t('answers.optional')}
        error={errors.answerTemplate?.message}
        rows={6}
        {...register('answerTemplate')}
      />
      <div className="field-row">
        <SelectField
          label={t('kbEditor.fields.audience')}
          options={ARTICLE_AUDIENCES.map((value) => ({ value, label: t(`kbEditor.audiences.${value}`) }))}
          error={errors.audience?.message}
          {...register('audience')}
        />
        <TextField label={t('kbEditor.fields.category')} optionalLabel={t('contact.optional')} error={errors.category?.message} {...register('category')} />
        <TextField
          type="date"
          label={t('kbEditor.fields.reviewBy')}
          optionalLabel={t('contact.optional')}
          error={errors.reviewBy?.message}
          {...register('reviewBy')}
        />
      </div>
      <fieldset className="lk-fieldset">
        <legend className="lk-fieldset__legend">{t('kbEditor.fields.topics')}</legend>
        {topicList.map((topic) => (
          <label key={topic.id} className="lk-checkbox">
            <input type="checkbox" value={topic.id} {...register('topics')} />
            {topic.name}
          </label>
        ))}
      </fieldset>
      {article ? (
        <TextField label={t('kbEditor.fields.changeNote')} optionalLabel={t('contact.optional')} error={errors.changeNote?.message} {...register('changeNote')} />
      ) : null}
      <div className="button-row">
        <Button type="submit" busy={busy}>
          {busy ? t('kbEditor.saving') : t('kbEditor.save')}
        </Button>
        {article ? (
          <>
            <Button variant="secondary" busy={publish.isPending} disabled={isDirty} onClick={onPublish}>
              {t('kbEditor.publish')}
            </Button>
            {article.status !== 'archived' ? (
              <Button variant="subtle" busy={archive.isPending} onClick={onArchive}>
                {t('kbEditor.archive')}
              </Button>
            ) : null}
          </>
        ) : null}
      </div>
      {article && isDirty ? <p className="muted">{t('kbEditor.saveBeforePublish')}</p> : null}
    </form>
  );
}

function ReadabilityPanel({ article }: { article: Article }) {
  const { t } = useTranslation();
  const { readability } = article;
  const easy = readability.level === 'B1 or easier';
  return (
    <section className="lk-panel" aria-labelledby="leesbaarheid">
      <div className="lk-panel__header">
        <h2 id="leesbaarheid">{t('kbEditor.readability.title')}</h2>
      </div>
      <p>
        {t('kbEditor.readability.score', { score: Math.round(readability.score) })}{' '}
        <Badge tone={easy ? 'success' : 'warning'}>{easy ? t('kbEditor.readability.easy') : t('kbEditor.readability.hard')}</Badge>
      </p>
      <p>{t('kbEditor.readability.average', { words: Math.round(readability.averageSentenceWords * 10) / 10 })}</p>
      {readability.tooLongSentences > 0 ? <p>{t('kbEditor.readability.tooLongSummary', { count: readability.tooLongSentences })}</p> : null}
      {readability.longestSentences.length > 0 ? (
        <>
          <h3>{t('kbEditor.readability.longest')}</h3>
          <ol>
            {readability.longestSentences.map((sentence) => (
              <li key={sentence.text}>
                {sentence.text} <span className="muted">({t('kbEditor.readability.words', { count: sentence.words })})</span>
                {sentence.tooLong ? (
                  <>
                    {' '}
                    <Badge tone="warning">{t('kbEditor.readability.tooLong')}</Badge>
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

function VersionsPanel({ article }: { article: Article }) {
  const { t } = useTranslation();
  const versions = useArticleVersions(article.id);
  const restore = useRestoreArticleVersion(article.id);
  const [message, setMessage] = useState<string | null>(null);
  const [compare, setCompare] = useState<{ from: number; to: number } | null>(null);
  const compareButtons = useRef(new Map<number, HTMLButtonElement>());
  const closeCompare = () => {
    const opener = compare ? compareButtons.current.get(compare.from) : undefined;
    setCompare(null);
    opener?.focus();
  };
  return (
    <section className="lk-panel" aria-labelledby="versies">
      <div className="lk-panel__header">
        <h2 id="versies">{t('kbEditor.versions.title')}</h2>
      </div>
      <div role="status" className="status-message">
        {message}
      </div>
      {versions.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {versions.isError ? <Alert tone="error">{t('kbEditor.versions.error')}</Alert> : null}
      <ol className="kb-editor__versions" reversed>
        {(versions.data ?? []).map((version) => (
          <li key={version.version}>
            <strong>{t('kbEditor.versions.version', { version: version.version })}</strong> · {t(`kbEditor.statuses.${version.status}`)} ·{' '}
            {formatDateTime(version.editedAt)}
            {version.editedBy ? ` · ${version.editedBy.displayName}` : ''}
            {version.changeNote ? <div className="muted">{version.changeNote}</div> : null}
            {version.version !== article.latestVersion ? (
              <div className="kb-editor__version-actions">
                <Button
                  variant="subtle"
                  ref={(button) => {
                    if (button) compareButtons.current.set(version.version, button);
                    else compareButtons.current.delete(version.version);
                  }}
                  onClick={() => setCompare({ from: version.version, to: article.latestVersion })}
                >
                  {t('kbEditor.versions.compare', { version: version.version, latest: article.latestVersion })}
                </Button>
                <Button
                  variant="subtle"
                  busy={restore.isPending && restore.variables === version.version}
                  onClick={() =>
                    restore.mutate(version.version, {
                      onSuccess: (next) => setMessage(t('kbEditor.versions.restored', { version: version.version, latest: next.latestVersion })),
                      onError: () => setMessage(t('app.genericError')),
                    })
                  }
                >
                  {t('kbEditor.versions.restore', { version: version.version })}
                </Button>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      {compare ? <ArticleDiffView key={`${compare.from}-${compare.to}`} articleId={article.id} from={compare.from} to={compare.to} onClose={closeCompare} /> : null}
    </section>
  );
}
