import { CHANNELS } from '@loket/shared/contracts';
import { useLocations, useTeams, useTopics } from '@loket/web/api-client';
import { Button, SelectField, type SelectOption } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import { DUES, KINDS, STATUSES, type FilterName, type Filters } from './params';

interface WorklistFiltersProps {
  /** Which filters this list offers. */
  names: readonly FilterName[];
  values: Filters;
  onChange: (name: FilterName, value: string | null) => void;
  onClear: () => void;
}

/**
 * The filters of a list. Each choice changes the address straight away (so a filtered list can be
 * shared or bookmarked); there is nothing to submit.
 */
export function WorklistFilters({ names, values, onChange, onClear }: WorklistFiltersProps) {
  const { t } = useTranslation();
  const teams = useTeams(names.includes('team'));
  const topics = useTopics();
  const locations = useLocations(names.includes('location'));

  const options: Record<FilterName, SelectOption[]> = {
    team: (teams.data ?? []).map((team) => ({ value: team.id, label: team.name })),
    topic: (topics.data ?? []).map((topic) => ({ value: topic.id, label: topic.name })),
    channel: CHANNELS.map((channel) => ({ value: channel, label: t(`labels.channel.${channel}`) })),
    location: (locations.data ?? []).map((location) => ({ value: location.id, label: location.name })),
    status: STATUSES.map((status) => ({ value: status, label: t(`worklist.statuses.${status}`) })),
    due: DUES.map((due) => ({ value: due, label: t(`worklist.dues.${due}`) })),
    kind: KINDS.map((kind) => ({ value: kind, label: t(`worklist.kinds.${kind}`) })),
  };
  const active = names.some((name) => values[name]);

  return (
    <form role="search" aria-label={t('worklist.filtersLabel')} className="work-filters" onSubmit={(event) => event.preventDefault()}>
      {names.map((name) => (
        <SelectField
          key={name}
          label={t(`worklist.filters.${name}`)}
          placeholder={t('worklist.filterAll')}
          options={options[name]}
          value={values[name] ?? ''}
          onChange={(event) => onChange(name, event.target.value || null)}
          className="work-filters__field"
        />
      ))}
      {active ? (
        <div className="work-filters__clear">
          <Button type="button" variant="secondary" onClick={onClear}>
            {t('worklist.clearFilters')}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
