export { INTEGRATION_CLIENTS_PATH, IntegrationClientsPage } from './components/IntegrationClientsPage';
