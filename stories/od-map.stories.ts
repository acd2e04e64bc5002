import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { PORTAL, widgetMeta } from './widget.js';

const AIRES = { dataset: 'finistere-aires-covoiturage' };

export default {
  title: 'Elements/od-map',
  component: 'od-map',
  ...widgetMeta('od-map'),
  args: { 'title-field': 'nom_lieu', 'popup-fields': 'ad_lieu,nbre_pl', label: 'Lieux de covoiturage du Finistère' },
  parameters: { context: AIRES },
} satisfies Meta;
type Story = StoryObj;

export const Default: Story = {};
export const Choropleth: Story = {
  name: 'Choropleth of the EPCI',
  args: { choropleth: 'epci', 'join-field': 'siren_epci', value: 'sum(population_municipale)', 'value-label': 'Population municipale',
    'title-field': undefined, 'popup-fields': undefined, label: 'Population municipale des EPCI du Finistère' },
  parameters: { context: { dataset: 'finistere-communes' } },
};
export const English: Story = { globals: { lang: 'en' }, args: { label: 'Car-pooling places in Finistère' } };
export const Breton: Story = { globals: { lang: 'br' }, args: { label: 'Lec’hioù kenweturiñ e Penn-ar-Bed' } };
export const Loading: Story = { tags: ['state-loading'], parameters: { portal: PORTAL.slow } };
export const Empty: Story = { tags: ['state-empty'], parameters: { context: { ...AIRES, where: 'nbre_pl > 100000' } } };
export const Error: Story = { tags: ['state-error'], parameters: { portal: PORTAL.unavailable } };
