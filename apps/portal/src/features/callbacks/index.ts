export { PortalCallbacks, REQUEST_CALLBACK_PATH } from './components/PortalCallbacks';
export { RequestCallbackPage } from './components/RequestCallbackPage';
