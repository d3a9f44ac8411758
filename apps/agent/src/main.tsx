import './zod-config';
import { StrictMode } from 'react';
import * as ReactDOM from 'react-dom/client';
import { initI18n } from './i18n';
import App from './app/app';
import './styles.css';

initI18n();

ReactDOM.createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
