import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { PORTAL, widgetMeta } from './widget.js';

export default {
  title: 'Elements/od-table',
  component: 'od-table',
  ...widgetMeta('od-table'),
  args: { fields: 'nom_lieu,com_lieu,type,nbre_pl', 'page-size': 5, caption: 'Lieux de covoiturage du Finistère' },
  parameters: { context: { dataset: 'finistere-aires-covoiturage' } },
} satisfies Meta;
type Story = StoryObj;

export const Default: Story = {};
export const English: Story = { globals: { lang: 'en' }, args: { caption: 'Car-pooling places in Finistère' } };
export const Breton: Story = { globals: { lang: 'br' }, args: { caption: 'Lec’hioù kenweturiñ e Penn-ar-Bed' } };
export const Loading: Story = { tags: ['state-loading'], parameters: { portal: PORTAL.slow } };
export const Empty: Story = { tags: ['state-empty'], parameters: { context: { dataset: 'finistere-aires-covoiturage', where: 'nbre_pl > 100000' } } };
export const Error: Story = { tags: ['state-error'], parameters: { portal: PORTAL.unavailable } };
