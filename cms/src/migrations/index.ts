import * as migration_20261122_141228_initial from './20261122_141228_initial';

export const migrations = [
  {
    up: migration_20261122_141228_initial.up,
    down: migration_20261122_141228_initial.down,
    name: '20261122_141228_initial'
  },
];
