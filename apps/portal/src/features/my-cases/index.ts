export { AskQuestionPage } from './components/AskQuestionPage';
export { MyCasesPage } from './components/MyCasesPage';
