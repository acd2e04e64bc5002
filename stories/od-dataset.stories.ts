import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { element, PORTAL, type Attrs } from './widget.js';
import manifest from '../custom-elements.json';
import { attributeArgTypes } from './manifest-controls.js';

// The context shows nothing itself: each story puts a key figure and a table inside it.
export default {
  title: 'Elements/od-dataset',
  component: 'od-dataset',
  argTypes: attributeArgTypes(manifest, 'od-dataset'),
  args: { dataset: 'qbo-communes' },
  render: (args) => {
    const ctx = element('od-dataset', args as Attrs);
    ctx.append(
      element('od-kpi', { value: 'sum(population_municipale)', label: 'habitants' }),
      element('od-table', { fields: 'nom,code_insee,population_municipale', 'page-size': 5, caption: 'Communes' }),
    );
    return ctx;
  },
} satisfies Meta;
type Story = StoryObj;

export const Default: Story = {};
export const Commune: Story = { name: 'One commune (Quimper, 29232)', args: { dataset: 'qbo-population-historique', commune: '29232' } };
export const BaseFilter: Story = { name: 'Base filter', args: { where: 'population_municipale > 5000' } };
export const English: Story = { globals: { lang: 'en' } };
export const Breton: Story = { globals: { lang: 'br' } };
export const Loading: Story = { tags: ['state-loading'], parameters: { portal: PORTAL.slow } };
export const NoDataset: Story = { name: 'Error: no dataset', tags: ['state-error'], args: { dataset: '' } };
export const Error: Story = { tags: ['state-error'], parameters: { portal: PORTAL.unavailable } };
