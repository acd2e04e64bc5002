// A page that uses only a table: the context and the table element, nothing else.
import { defineElement } from '../../src/core/register.js';
import { OdDataset } from '../../src/elements/dataset/dataset.js';

defineElement('od-dataset', OdDataset);
// The table lands separately; until then this entry measures the context alone.
const table = Object.values(import.meta.glob('../../src/elements/table/table.ts', { eager: true }))[0] as
  | Record<string, CustomElementConstructor>
  | undefined;
if (table?.OdTable) defineElement('od-table', table.OdTable);
