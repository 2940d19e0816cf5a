import * as migration_20261122_141228_initial from './20261122_141228_initial';
import * as migration_20261125_141616_campaigns from './20261125_141616_campaigns';
import * as migration_20261125_154330_publishing from './20261125_154330_publishing';
import * as migration_20261125_195822_incident_list_indexes from './20261125_195822_incident_list_indexes';

export const migrations = [
  {
    up: migration_20261122_141228_initial.up,
    down: migration_20261122_141228_initial.down,
    name: '20261122_141228_initial',
  },
  {
    up: migration_20261125_141616_campaigns.up,
    down: migration_20261125_141616_campaigns.down,
    name: '20261125_141616_campaigns',
  },
  {
    up: migration_20261125_154330_publishing.up,
    down: migration_20261125_154330_publishing.down,
    name: '20261125_154330_publishing',
  },
  {
    up: migration_20261125_195822_incident_list_indexes.up,
    down: migration_20261125_195822_incident_list_indexes.down,
    name: '20261125_195822_incident_list_indexes'
  },
];
