import { sessionBackend } from '@loket/web/api-client';
import { LoginPage, RequireSession } from '@loket/web/session';
import { NotFoundPage } from '@loket/web/ui';
import type { RouteObject } from 'react-router';
import { ACCESS_LOG_PATH, EmployeeAccessPage } from '../features/access-log';
import { CALLBACKS_PATH, CallbackPage, CallbacksPage } from '../features/callbacks';
import { CasePage } from '../features/contact-log';
import { CustomerPage } from '../features/customer';
import { INTEGRATION_CLIENTS_PATH, IntegrationClientsPage } from '../features/integration-clients';
import { LETTERS_PATH, ORGANIZATION_SETTINGS_PATH, OrganizationSettingsPage, PrintListPage } from '../features/letters';
import { ArticleEditorPage, KB_EDITOR_PATH, KnowledgeBasePage } from '../features/kb-editor';
import { RETENTION_PATH, RetentionPage } from '../features/privacy-admin';
import { KpiPage, REPORTS_PATH } from '../features/reports';
import { SearchPage } from '../features/search';
import { SLA_ADMIN_PATH, SlaAdminPage } from '../features/sla-admin';
import { TEAMS_PATH, TeamsPage } from '../features/teams';
import { WORK_PATH, WorklistPage } from '../features/worklist';
import { AppShell } from './AppShell';

export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    children: [
      { path: '/inloggen', element: <LoginPage kind="staff" backend={sessionBackend} /> },
      {
        element: <RequireSession kind="staff" backend={sessionBackend} />,
        children: [
          { index: true, element: <SearchPage /> },
          { path: '/klanten/:id', element: <CustomerPage /> },
          { path: '/klanten/:id/vragen/:caseId', element: <CasePage /> },
          { path: WORK_PATH, element: <WorklistPage /> },
          { path: TEAMS_PATH, element: <TeamsPage /> },
          { path: CALLBACKS_PATH, element: <CallbacksPage /> },
          { path: `${CALLBACKS_PATH}/:id`, element: <CallbackPage /> },
          { path: SLA_ADMIN_PATH, element: <SlaAdminPage /> },
          { path: RETENTION_PATH, element: <RetentionPage /> },
          { path: ACCESS_LOG_PATH, element: <EmployeeAccessPage /> },
          { path: REPORTS_PATH, element: <KpiPage /> },
          { path: KB_EDITOR_PATH, element: <KnowledgeBasePage /> },
          { path: `${KB_EDITOR_PATH}/:id`, element: <ArticleEditorPage /> },
          { path: LETTERS_PATH, element: <PrintListPage /> },
          { path: ORGANIZATION_SETTINGS_PATH, element: <OrganizationSettingsPage /> },
          { path: INTEGRATION_CLIENTS_PATH, element: <IntegrationClientsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
