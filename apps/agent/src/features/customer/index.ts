export { CustomerPage } from './components/CustomerPage';
