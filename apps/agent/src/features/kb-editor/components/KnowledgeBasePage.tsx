import { isApiError, useArticleList, useSessionUser } from '@loket/web/api-client';
import { Alert, Badge, Loading, LoadError, formatDate, useDocumentTitle, useFocusOnMount } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { articleEditorPath, NEW_ARTICLE } from '../hooks/article-form';
import { EditorDashboard } from './EditorDashboard';
import { SynonymsForm } from './SynonymsForm';

/** Knowledge-base editors and administrators write articles; `undefined` while we do not know yet who is logged in. */
export function useIsEditor(): boolean | undefined {
  const me = useSessionUser();
  if (me.isPending) return undefined;
  return me.data?.roles.some((role) => role === 'kb_editor' || role === 'admin') ?? false;
}

const STATUS_TONE = { draft: 'warning', published: 'success', archived: 'neutral' } as const;

/**
 * "Kennisbank" for editors: what needs attention (overdue reviews, most used articles, searches that
 * found nothing), every article with its status, and the words that mean the same in a search.
 */
export function KnowledgeBasePage() {
  const { t } = useTranslation();
  const isEditor = useIsEditor();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  useDocumentTitle(t('kbEditor.title'), t('app.titleSuffix'));

  return (
    <article className="kb-editor" aria-labelledby="kennisbank-titel">
      <h1 id="kennisbank-titel" ref={headingRef} tabIndex={-1}>
        {t('kbEditor.title')}
      </h1>
      {isEditor === undefined ? (
        <Loading>{t('app.loading')}</Loading>
      ) : isEditor ? (
        <>
          <p>
            <Link className="lk-button lk-button--primary" to={articleEditorPath(NEW_ARTICLE)}>
              {t('kbEditor.newArticle')}
            </Link>
          </p>
          <EditorDashboard />
          <ArticleTable />
          <SynonymsForm />
        </>
      ) : (
        <NoAccess />
      )}
    </article>
  );
}

export function NoAccess() {
  const { t } = useTranslation();
  return (
    <Alert tone="info" title={t('kbEditor.noAccess.title')}>
      <p>{t('kbEditor.noAccess.text')}</p>
      <p>
        <Link to="/">{t('kbEditor.noAccess.back')}</Link>
      </p>
    </Alert>
  );
}

function ArticleTable() {
  const { t } = useTranslation();
  return (
    <section className="lk-panel" aria-labelledby="alle-artikelen">
      <div className="lk-panel__header">
        <h2 id="alle-artikelen">{t('kbEditor.allArticles')}</h2>
      </div>
      <ArticleTableContent />
    </section>
  );
}

function ArticleTableContent() {
  const { t } = useTranslation();
  const list = useArticleList();
  if (list.isPending) return <Loading>{t('app.loading')}</Loading>;
  if (list.isError) return <LoadError offline={isApiError(list.error) && list.error.status === 0} onRetry={() => void list.refetch()} />;
  if (list.data.length === 0) return <p>{t('kbEditor.empty')}</p>;
  return (
    <table className="lk-table kb-editor__table">
      <caption className="lk-visually-hidden">{t('kbEditor.listCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('kbEditor.fields.title')}</th>
          <th scope="col">{t('kbEditor.status')}</th>
          <th scope="col">{t('kbEditor.fields.audience')}</th>
          <th scope="col">{t('kbEditor.fields.category')}</th>
          <th scope="col">{t('kbEditor.fields.reviewBy')}</th>
        </tr>
      </thead>
      <tbody>
        {list.data.map((item) => (
          <tr key={item.id}>
            <td>
              <Link to={articleEditorPath(item.id)}>{item.title}</Link>
            </td>
            <td>
              <Badge tone={STATUS_TONE[item.status]}>{t(`kbEditor.statuses.${item.status}`)}</Badge>
              {item.status === 'published' && item.publishedVersion !== null && item.latestVersion > item.publishedVersion ? (
                <span className="muted"> {t('kbEditor.newerDraft')}</span>
              ) : null}
            </td>
            <td>{t(`kbEditor.audiences.${item.audience}`)}</td>
            <td>{item.category ?? '—'}</td>
            <td>{item.reviewBy ? formatDate(item.reviewBy) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
