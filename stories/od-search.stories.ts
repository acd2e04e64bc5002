import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { OdDataset } from '../src/elements/dataset/dataset.js';
import { PORTAL, widgetMeta } from './widget.js';

const KEROFIS = { dataset: 'qbo-kerofis-noms-de-lieux' };

// The search has no data state of its own: the story test follows the table it filters.
export default {
  title: 'Elements/od-search',
  component: 'od-search',
  ...widgetMeta('od-search'),
  args: { label: 'Nom de lieu en français ou en breton' },
  parameters: { context: KEROFIS, after: [['od-table', { fields: 'stagadenn,lec_hanv,kumun', 'page-size': 5, caption: 'Noms de lieux' }]] },
} satisfies Meta;
type Story = StoryObj;

export const Default: Story = {};
export const Searched: Story = {
  name: 'A search typed',
  play: async ({ canvasElement }) => {
    const ctx = canvasElement.querySelector<OdDataset>('od-dataset')!;
    await ctx.updateComplete;
    ctx.setQuery('ker');
  },
};
export const English: Story = { globals: { lang: 'en' }, args: { label: 'Place name in French or Breton' } };
export const Breton: Story = { globals: { lang: 'br' }, args: { label: 'Anv-lec’h e galleg pe e brezhoneg' } };
export const Loading: Story = { tags: ['state-loading'], parameters: { portal: PORTAL.slow } };
export const Error: Story = { tags: ['state-error'], parameters: { portal: PORTAL.unavailable } };
