export * from './corporation';
export * from './loket-client';
export * from './pending-paths';
export * from './reference-erp';
export * from './verify-by-hand';
