export { MyDetailsPage } from './components/MyDetailsPage';
