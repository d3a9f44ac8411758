import { targetUrlProblem } from './target-url';

describe('webhook target URLs', () => {
  const api = { hosts: ['api.loket.example.nl', 'intern.loket:8443'], port: 3000, localNames: ['app-server-1', '10.0.0.5'] };
  it.each([
    ['https://erp.example.nl/hooks/loket', null],
    ['http://127.0.0.1:4100/hook', null],
    ['http://localhost:3001/hook', null],
    ['ftp://erp.example.nl/hook', 'not_a_web_address'],
    ['javascript:alert(1)', 'not_a_web_address'],
    ['erp.example.nl/hook', 'not_a_web_address'],
    ['', 'not_a_web_address'],
    ['file:///etc/passwd', 'not_a_web_address'],
    ['https://api.loket.example.nl/api/v1/webhook-subscriptions', 'points_at_loket'],
    ['http://API.Loket.Example.NL./x', 'points_at_loket'],
    ['https://api.loket.example.nl:443/x', 'points_at_loket'],
    ['https://api.loket.example.nl:8080/x', null],
    ['https://intern.loket:8443/x', 'points_at_loket'],
    ['https://intern.loket/x', null],
    ['http://localhost:3000/api/v1/auth/token', 'points_at_loket'],
    ['http://127.0.0.1:3000/', 'points_at_loket'],
    ['http://127.8.9.1:3000/', 'points_at_loket'],
    ['http://[::1]:3000/', 'points_at_loket'],
    ['http://0.0.0.0:3000/', 'points_at_loket'],
    ['http://app-server-1:3000/', 'points_at_loket'],
    ['http://10.0.0.5:3000/', 'points_at_loket'],
    ['http://sub.localhost:3000/', 'points_at_loket'],
  ])('%s → %s', (url, problem) => {
    expect(targetUrlProblem(url, api)).toBe(problem);
  });
});
