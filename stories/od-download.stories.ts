import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { PORTAL, widgetMeta } from './widget.js';

export default {
  title: 'Elements/od-download',
  component: 'od-download',
  ...widgetMeta('od-download'),
  parameters: { context: { dataset: 'finistere-irve-points-de-charge' } },
} satisfies Meta;
type Story = StoryObj;

export const Default: Story = {};
export const Filtered: Story = {
  name: 'With the page filter',
  parameters: { context: { dataset: 'finistere-irve-points-de-charge', where: 'coordonnees_hors_finistere is false' } },
};
export const NoApiUrl: Story = { name: 'Without the API address', args: { 'no-api-url': true } };
export const English: Story = { globals: { lang: 'en' } };
export const Breton: Story = { globals: { lang: 'br' } };
export const Loading: Story = { tags: ['state-loading'], parameters: { portal: PORTAL.slow } };
export const Error: Story = { tags: ['state-error'], parameters: { portal: PORTAL.unavailable } };
