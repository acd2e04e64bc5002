import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { PORTAL, widgetMeta } from './widget.js';

const COMMUNES = { dataset: 'qbo-communes' };

export default {
  title: 'Elements/od-kpi',
  component: 'od-kpi',
  ...widgetMeta('od-kpi'),
  args: { value: 'sum(population_municipale)', label: 'habitants (population municipale)' },
  parameters: { context: COMMUNES },
} satisfies Meta;
type Story = StoryObj;

export const Default: Story = {};
export const Standalone: Story = {
  name: 'Own dataset, no context',
  args: { dataset: 'finistere-aires-covoiturage', value: 'max(date_maj)', label: 'dernière mise à jour des aires', 'no-provenance': true },
  parameters: { context: undefined },
};
export const Styled: Story = { name: 'Custom properties', args: { '--od-kpi-value-color': '#8a1c2b', '--od-kpi-value-size': '3rem' } };
export const English: Story = { globals: { lang: 'en' }, args: { label: 'inhabitants' } };
export const Breton: Story = { globals: { lang: 'br' }, args: { label: 'annezidi' } };
export const Loading: Story = { tags: ['state-loading'], parameters: { portal: PORTAL.slow } };
export const Empty: Story = { tags: ['state-empty'], parameters: { context: { ...COMMUNES, where: 'nom = "Nulle part"' } } };
export const Error: Story = { tags: ['state-error'], parameters: { portal: PORTAL.unavailable } };
