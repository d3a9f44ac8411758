export { WorklistPage } from './components/WorklistPage';
export { WORK_PATH } from './components/params';
export { WorkList, workItemPath } from './components/WorkList';
export { useWorklist, worklistKeys } from './api/worklist';
