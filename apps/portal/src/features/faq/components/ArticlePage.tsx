import { isApiError, usePortalArticle } from '@loket/web/api-client';
import { Alert, Loading, useDocumentTitle } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ArticleFeedback } from './ArticleFeedback';
import { FAQ_PATH } from './paths';

/** One public article, with "Heeft dit u geholpen?". */
export function ArticlePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const article = usePortalArticle(id);
  useDocumentTitle(article.data?.title ?? t('faq.title'), t('app.titleSuffix'));

  return (
    <>
      <p>
        <Link to={FAQ_PATH}>← {t('faq.backToList')}</Link>
      </p>
      {article.isLoading ? <Loading>{t('faq.loadingArticle')}</Loading> : null}
      {article.isError ? (
        <Alert tone="error">{isApiError(article.error) && article.error.status === 404 ? t('faq.notFound') : t('faq.articleError')}</Alert>
      ) : null}
      {article.data ? (
        <article className="faq-article">
          <h1>{article.data.title}</h1>
          {/* bodyHtml is sanitized by the API (no scripts, no javascript: links). */}
          <div className="faq-article__body" dangerouslySetInnerHTML={{ __html: article.data.bodyHtml }} />
          <ArticleFeedback articleId={article.data.id} />
        </article>
      ) : null}
    </>
  );
}
