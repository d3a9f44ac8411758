export { ArticleEditorPage } from './components/ArticleEditorPage';
export { KnowledgeBasePage } from './components/KnowledgeBasePage';
export { KB_EDITOR_PATH } from './hooks/article-form';
