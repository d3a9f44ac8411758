export { ArticlePage } from './components/ArticlePage';
export { ArticleSuggestions } from './components/ArticleSuggestions';
export { FaqPage } from './components/FaqPage';
export { articlePath, FAQ_PATH } from './components/paths';
