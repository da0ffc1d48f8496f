// The migrations, in order. Written by `npm run migration:create`: do not edit by hand.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122224004 as M0 } from './Migration20261122224004.js';
import { Migration20261123163932 as M1 } from './Migration20261123163932.js';
import { Migration20261123171615 as M2 } from './Migration20261123171615.js';
import { Migration20261202165046 as M3 } from './Migration20261202165046.js';
import { Migration20261202210553 as M4 } from './Migration20261202210553.js';
import { Migration20261202213023 as M5 } from './Migration20261202213023.js';
import { Migration20261203001133 as M6 } from './Migration20261203001133.js';
import { Migration20261203004644 as M7 } from './Migration20261203004644.js';
import { Migration20261204204253 as M8 } from './Migration20261204204253.js';

export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261122224004', class: M0 },
  { name: 'Migration20261123163932', class: M1 },
  { name: 'Migration20261123171615', class: M2 },
  { name: 'Migration20261202165046', class: M3 },
  { name: 'Migration20261202210553', class: M4 },
  { name: 'Migration20261202213023', class: M5 },
  { name: 'Migration20261203001133', class: M6 },
  { name: 'Migration20261203004644', class: M7 },
  { name: 'Migration20261204204253', class: M8 },
];
