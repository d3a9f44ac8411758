export { CallbackPage } from './components/CallbackPage';
export { CallbacksPage } from './components/CallbacksPage';
export { ContactCallbackFields } from './components/ContactCallbackFields';
export { OpenCallbacks } from './components/OpenCallbacks';
export { CALLBACKS_PATH, callbackPath, callerText, useWindowText } from './components/parts';
export {
  checkContactCallback, contactCallbackProblems, contactCallbackSchema, emptyContactCallback, OTHER_PHONE, toContactCallbackRequest,
  type ContactCallbackValues,
} from './hooks/contact-callback';
