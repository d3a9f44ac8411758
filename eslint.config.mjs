import nx from '@nx/eslint-plugin';

/**
 * Module boundaries: every project carries a `scope:*` and a `type:*` tag.
 * A bounded module may use the platform and the shared libraries, never another
 * module's internals; apps compose modules. Deep imports into a library fail
 * because only its `src/index.ts` is mapped.
 */
const depConstraints = [
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:platform', 'scope:identity', 'scope:customers', 'scope:contact-log', 'scope:sla', 'scope:callbacks', 'scope:knowledge-base', 'scope:reporting', 'scope:privacy', 'scope:access-log', 'scope:reference-data', 'scope:overview', 'scope:worklist', 'scope:letters', 'scope:integrations', 'scope:shared'] },
  { sourceTag: 'scope:worker', onlyDependOnLibsWithTags: ['scope:platform', 'scope:identity', 'scope:reference-data', 'scope:customers', 'scope:contact-log', 'scope:sla', 'scope:callbacks', 'scope:knowledge-base', 'scope:privacy', 'scope:worklist', 'scope:integrations', 'scope:shared'] },
  { sourceTag: 'scope:portal', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  { sourceTag: 'scope:agent', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:identity', onlyDependOnLibsWithTags: ['scope:platform', 'scope:shared'] },
  { sourceTag: 'scope:customers', onlyDependOnLibsWithTags: ['scope:platform', 'scope:shared'] },
  // The contact log uses the customers' and identity's public services (who is the customer, who is the employee).
  // … and starts, pauses and stops the case's response clock through the SLA module's public service.
  // … and keeps the worklists' read model current (cases, counter follow-ups) through the worklist's public service.
  { sourceTag: 'scope:contact-log', onlyDependOnLibsWithTags: ['scope:platform', 'scope:reference-data', 'scope:customers', 'scope:identity', 'scope:sla', 'scope:worklist', 'scope:shared'] },
  // Response targets: the organization's calendar and policies, case clocks, breaches (notifies staff it finds through identity).
  // It tells the worklists each case's next due moment (and a recalculation's changes) through the worklist's public service.
  { sourceTag: 'scope:sla', onlyDependOnLibsWithTags: ['scope:platform', 'scope:reference-data', 'scope:identity', 'scope:worklist', 'scope:shared'] },
  // A callback belongs to a case: it logs its result as a contact and takes its window from the SLA calendar and policy.
  { sourceTag: 'scope:callbacks', onlyDependOnLibsWithTags: ['scope:platform', 'scope:reference-data', 'scope:identity', 'scope:customers', 'scope:contact-log', 'scope:sla', 'scope:worklist', 'scope:shared'] },
  // The worklists: a read model of open work (work_items) that the owning modules keep current; its screens name
  // customers (with their safety markers), topics, teams, locations and people through their owners' public services.
  { sourceTag: 'scope:worklist', onlyDependOnLibsWithTags: ['scope:platform', 'scope:reference-data', 'scope:identity', 'scope:customers', 'scope:shared'] },
  // One source of answers: articles name the contact log's topics through its public service.
  { sourceTag: 'scope:knowledge-base', onlyDependOnLibsWithTags: ['scope:platform', 'scope:reference-data', 'scope:identity', 'scope:contact-log', 'scope:sla', 'scope:shared'] },
  // Management information composes each module's figures (read through their public figures services) and the
  // names of topics, teams and people; it computes business time through the SLA module's calendar.
  { sourceTag: 'scope:reporting', onlyDependOnLibsWithTags: ['scope:platform', 'scope:reference-data', 'scope:identity', 'scope:contact-log', 'scope:sla', 'scope:callbacks', 'scope:knowledge-base', 'scope:shared'] },
  // AVG rights over a customer (export, erasure, retention) composed from each module's public privacy service.
  { sourceTag: 'scope:privacy', onlyDependOnLibsWithTags: ['scope:platform', 'scope:identity', 'scope:customers', 'scope:contact-log', 'scope:callbacks', 'scope:knowledge-base', 'scope:shared'] },
  // The print list: letters are outbox messages (platform), addressed to customers, signed with the organization's settings (identity);
  // the PDF shares the export's text handling (privacy).
  { sourceTag: 'scope:letters', onlyDependOnLibsWithTags: ['scope:platform', 'scope:identity', 'scope:customers', 'scope:privacy', 'scope:shared'] },
  // The ERP connection: upserts of customers, units and contracts (customers' public service), contacts as VERA
  // Contactmomenten (contact log), webhook subscriptions and deliveries over the platform's event log; clients are identity's.
  { sourceTag: 'scope:integrations', onlyDependOnLibsWithTags: ['scope:platform', 'scope:identity', 'scope:reference-data', 'scope:customers', 'scope:contact-log', 'scope:callbacks', 'scope:shared'] },
  // The access log's screens name the customers (customers) and the employees (identity) the platform's access log holds ids of.
  { sourceTag: 'scope:access-log', onlyDependOnLibsWithTags: ['scope:platform', 'scope:reference-data', 'scope:customers', 'scope:identity', 'scope:shared'] },
  // The 360° overview: one screen over several modules, composed from their public services.
  { sourceTag: 'scope:overview', onlyDependOnLibsWithTags: ['scope:platform', 'scope:customers', 'scope:contact-log', 'scope:callbacks', 'scope:sla', 'scope:shared'] },
  // Topics, locations and teams: the organization's lists every module uses. Team members and their names are identity's.
  { sourceTag: 'scope:reference-data', onlyDependOnLibsWithTags: ['scope:platform', 'scope:identity', 'scope:shared'] },
  { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data', 'type:ui', 'type:util'] },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data', 'type:util'] },
  { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:data', 'type:util'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/node_modules', '**/vite.config.*.timestamp*', '**/vitest.config.*.timestamp*', 'bench/results/**', 'tmp/**'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: false,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints,
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['@loket/*/*/*'], message: 'Import a library only through its public index.' }],
          paths: [
            {
              name: '@nestjs-cls/transactional',
              importNames: ['Transactional'],
              message: 'Use @UseCase() from @loket/server/platform: it runs afterCommit work once, after the outermost commit.',
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];
