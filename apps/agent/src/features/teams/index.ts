export { TeamsPage, TEAMS_PATH } from './components/TeamsPage';
