export { SLA_ADMIN_PATH, SlaAdminPage } from './components/SlaAdminPage';
