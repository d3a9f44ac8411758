import { QueryFailedError } from 'typeorm';
import { databaseUnavailable } from './problem.filter';

describe('databaseUnavailable', () => {
  it('knows PostgreSQL being away (refused, restarting, shutting down, connection lost) from a bug', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(databaseUnavailable(refused)).toBe(true);
    const starting = new QueryFailedError('SELECT 1', [], Object.assign(new Error('the database system is starting up'), { code: '57P03' }));
    expect(databaseUnavailable(starting)).toBe(true);
    expect(databaseUnavailable(new QueryFailedError('SELECT 1', [], Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })))).toBe(true);
    expect(databaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('leaves real errors as they are: a unique violation or a programming error is not "try again"', () => {
    expect(databaseUnavailable(new QueryFailedError('INSERT', [], Object.assign(new Error('duplicate key'), { code: '23505' })))).toBe(false);
    expect(databaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(databaseUnavailable(undefined)).toBe(false);
  });
});
