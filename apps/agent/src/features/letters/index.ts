export { LETTERS_PATH, PrintListPage } from './components/PrintListPage';
export { ORGANIZATION_SETTINGS_PATH, OrganizationSettingsPage } from './components/OrganizationSettingsPage';
