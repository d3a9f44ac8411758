import { sessionBackend } from '@loket/web/api-client';
import { LoginPage, RequireSession } from '@loket/web/session';
import { NotFoundPage } from '@loket/web/ui';
import type { RouteObject } from 'react-router';
import { REQUEST_CALLBACK_PATH, RequestCallbackPage } from '../features/callbacks';
import { ArticlePage, FAQ_PATH, FaqPage } from '../features/faq';
import { AskQuestionPage, MyCasesPage } from '../features/my-cases';
import { MyDetailsPage } from '../features/my-details';
import { AppShell } from './AppShell';

export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    children: [
      { path: '/inloggen', element: <LoginPage kind="tenant" backend={sessionBackend} /> },
      {
        element: <RequireSession kind="tenant" backend={sessionBackend} />,
        children: [
          { index: true, element: <MyDetailsPage /> },
          { path: '/vragen', element: <MyCasesPage /> },
          { path: '/vragen/nieuw', element: <AskQuestionPage /> },
          { path: REQUEST_CALLBACK_PATH, element: <RequestCallbackPage /> },
          { path: FAQ_PATH, element: <FaqPage /> },
          { path: `${FAQ_PATH}/:id`, element: <ArticlePage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
