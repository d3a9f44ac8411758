export { WEBHOOKS_PATH, WebhooksPage } from './components/WebhooksPage';
