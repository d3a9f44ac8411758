export { KpiPage, REPORTS_PATH } from './components/KpiPage';
