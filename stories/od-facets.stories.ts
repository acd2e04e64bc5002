import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { PORTAL, widgetMeta } from './widget.js';

const AIRES = { dataset: 'finistere-aires-covoiturage' };

export default {
  title: 'Elements/od-facets',
  component: 'od-facets',
  ...widgetMeta('od-facets'),
  args: { fields: 'type,com_lieu', limit: 5 },
  parameters: { context: AIRES, after: [['od-table', { fields: 'nom_lieu,com_lieu,type', 'page-size': 3, caption: 'Lieux choisis' }]] },
} satisfies Meta;
type Story = StoryObj;

export const Default: Story = {};
export const English: Story = { globals: { lang: 'en' } };
export const Breton: Story = { globals: { lang: 'br' } };
export const Loading: Story = { tags: ['state-loading'], parameters: { portal: PORTAL.slow } };
export const Empty: Story = { tags: ['state-empty'], parameters: { context: { ...AIRES, where: 'nbre_pl > 100000' } } };
export const Error: Story = { tags: ['state-error'], parameters: { portal: PORTAL.unavailable } };
