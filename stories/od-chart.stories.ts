import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { PORTAL, widgetMeta } from './widget.js';

const HISTORY = { dataset: 'qbo-population-historique' };

export default {
  title: 'Elements/od-chart',
  component: 'od-chart',
  ...widgetMeta('od-chart'),
  args: { type: 'line', x: 'millesime', y: 'sum(population_municipale)', series: 'nom', top: 4,
    caption: 'Population municipale des 4 plus grandes communes de QBO (autres regroupées)' },
  parameters: { context: HISTORY },
} satisfies Meta;
type Story = StoryObj;

export const Default: Story = {};
export const Bars: Story = {
  name: 'Horizontal bars',
  args: { type: 'bar', horizontal: true, x: 'nom', series: undefined, top: undefined, caption: 'Population municipale 2023 par commune' },
  parameters: { context: { ...HISTORY, where: 'millesime = 2023' } },
};
export const Donut: Story = {
  args: { type: 'donut', x: 'nom', series: undefined, caption: 'Répartition de la population 2023 (4 communes + autres)' },
  parameters: { context: { ...HISTORY, where: 'millesime = 2023' } },
};
export const English: Story = { globals: { lang: 'en' }, args: { caption: 'Population of the 4 largest QBO communes (others grouped)' } };
export const Breton: Story = { globals: { lang: 'br' }, args: { caption: 'Poblañs an 4 c’humun brasañ e KBI' } };
export const Loading: Story = { tags: ['state-loading'], parameters: { portal: PORTAL.slow } };
export const Empty: Story = { tags: ['state-empty'], parameters: { context: { ...HISTORY, where: 'millesime > 3000' } } };
export const Error: Story = { tags: ['state-error'], parameters: { portal: PORTAL.unavailable } };
