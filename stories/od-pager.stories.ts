import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { PORTAL, widgetMeta } from './widget.js';

const AIRES = { dataset: 'finistere-aires-covoiturage' };

// A pager apart from its table (the table's own pager is off).
export default {
  title: 'Elements/od-pager',
  component: 'od-pager',
  ...widgetMeta('od-pager'),
  args: { 'page-size': 5 },
  parameters: { context: AIRES, before: [['od-table', { fields: 'nom_lieu,com_lieu', 'page-size': 5, 'no-pager': true, caption: 'Lieux de covoiturage' }]] },
} satisfies Meta;
type Story = StoryObj;

export const Default: Story = {};
export const English: Story = { globals: { lang: 'en' } };
export const Breton: Story = { globals: { lang: 'br' } };
export const Loading: Story = { tags: ['state-loading'], parameters: { portal: PORTAL.slow } };
export const Empty: Story = { tags: ['state-empty'], parameters: { context: { ...AIRES, where: 'nbre_pl > 100000' } } };
export const Error: Story = { tags: ['state-error'], parameters: { portal: PORTAL.unavailable } };
