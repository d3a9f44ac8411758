import { isApiError, useKbDashboard, type KbDashboard } from '@loket/web/api-client';
import { Loading, LoadError, VisuallyHidden, formatDate } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { articleEditorPath, newArticleForQuestion } from '../hooks/article-form';

/** What needs the editors' attention: overdue reviews, the most used articles, and what nobody found. One request. */
export function EditorDashboard() {
  const { t } = useTranslation();
  const dashboard = useKbDashboard();
  if (dashboard.isPending) return <Loading>{t('app.loading')}</Loading>;
  if (dashboard.isError) {
    return <LoadError offline={isApiError(dashboard.error) && dashboard.error.status === 0} onRetry={() => void dashboard.refetch()} />;
  }
  return (
    <>
      <Overdue items={dashboard.data.overdue} />
      <MostUsed items={dashboard.data.mostUsed} />
      <NoResults items={dashboard.data.noResults} />
    </>
  );
}

function Overdue({ items }: { items: KbDashboard['overdue'] }) {
  const { t } = useTranslation();
  return (
    <section className="lk-panel" aria-labelledby="te-herzien">
      <div className="lk-panel__header">
        <h2 id="te-herzien">{t('kbEditor.dashboard.overdue.title')}</h2>
      </div>
      {items.length === 0 ? (
        <p>{t('kbEditor.dashboard.overdue.none')}</p>
      ) : (
        <>
          <p className="muted">{t('kbEditor.dashboard.overdue.intro')}</p>
          <table className="lk-table kb-editor__table">
            <caption className="lk-visually-hidden">{t('kbEditor.dashboard.overdue.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('kbEditor.fields.title')}</th>
                <th scope="col">{t('kbEditor.fields.reviewBy')}</th>
                <th scope="col">{t('kbEditor.dashboard.overdue.owner')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td>
                    <Link to={articleEditorPath(item.id)}>{item.title}</Link>
                  </td>
                  <td>{formatDate(item.reviewBy)}</td>
                  <td>{item.owner?.displayName ?? <span className="muted">{t('kbEditor.dashboard.overdue.noOwner')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function MostUsed({ items }: { items: KbDashboard['mostUsed'] }) {
  const { t } = useTranslation();
  return (
    <section className="lk-panel" aria-labelledby="meest-gebruikt">
      <div className="lk-panel__header">
        <h2 id="meest-gebruikt">{t('kbEditor.dashboard.mostUsed.title')}</h2>
      </div>
      {items.length === 0 ? (
        <p>{t('kbEditor.dashboard.mostUsed.none')}</p>
      ) : (
        <>
          <p className="muted">{t('kbEditor.dashboard.mostUsed.intro')}</p>
          <div className="kb-editor__scroll">
            <table className="lk-table kb-editor__table">
              <caption className="lk-visually-hidden">{t('kbEditor.dashboard.mostUsed.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('kbEditor.fields.title')}</th>
                  <th scope="col" className="kb-editor__number">{t('kbEditor.dashboard.mostUsed.views')}</th>
                  <th scope="col" className="kb-editor__number">{t('kbEditor.dashboard.mostUsed.usedInContacts')}</th>
                  <th scope="col" className="kb-editor__number">{t('kbEditor.dashboard.mostUsed.answeredInContact')}</th>
                  <th scope="col" className="kb-editor__number">{t('kbEditor.dashboard.mostUsed.helpfulYes')}</th>
                  <th scope="col" className="kb-editor__number">{t('kbEditor.dashboard.mostUsed.helpfulNo')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id}>
                    <th scope="row">
                      <Link to={articleEditorPath(item.id)}>{item.title}</Link>
                    </th>
                    <td className="kb-editor__number">{item.views}</td>
                    <td className="kb-editor__number">{item.usedInContacts}</td>
                    <td className="kb-editor__number">{item.answeredInContact}</td>
                    <td className="kb-editor__number">{item.helpfulYes}</td>
                    <td className="kb-editor__number">{item.helpfulNo}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function NoResults({ items }: { items: KbDashboard['noResults'] }) {
  const { t } = useTranslation();
  return (
    <section className="lk-panel" aria-labelledby="zonder-resultaat">
      <div className="lk-panel__header">
        <h2 id="zonder-resultaat">{t('kbEditor.noResults.title')}</h2>
      </div>
      {items.length === 0 ? (
        <p>{t('kbEditor.noResults.none')}</p>
      ) : (
        <>
          <p className="muted">{t('kbEditor.noResults.intro')}</p>
          <ul className="kb-editor__searches">
            {items.map((item) => (
              <li key={item.query}>
                <strong>{item.query}</strong> — {t('kbEditor.noResults.times', { count: item.times })},{' '}
                {t('kbEditor.noResults.last', { date: formatDate(item.lastAt) })}{' '}
                <Link to={newArticleForQuestion(item.query)}>
                  {t('kbEditor.noResults.write')} <VisuallyHidden>{t('kbEditor.noResults.writeAbout', { query: item.query })}</VisuallyHidden>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
