export { CustomerAccessPanel } from './components/CustomerAccessPanel';
export { EmployeeAccessPage } from './components/EmployeeAccessPage';
export { ACCESS_LOG_PATH, employeeAccessPath } from './components/parts';
