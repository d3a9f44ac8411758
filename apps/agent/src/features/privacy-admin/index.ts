export { RETENTION_PATH, RetentionPage } from './components/RetentionPage';
