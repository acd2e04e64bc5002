import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { PORTAL, widgetMeta } from './widget.js';

// The catalogue reads the portal itself (no <od-dataset>): the wrapper's data-od-portal gives it.
export default {
  title: 'Elements/od-catalog',
  component: 'od-catalog',
  ...widgetMeta('od-catalog'),
  args: { 'page-size': 3 },
} satisfies Meta;
type Story = StoryObj;

export const Default: Story = {};
export const English: Story = { globals: { lang: 'en' } };
export const Breton: Story = { globals: { lang: 'br' } };
export const OneTheme: Story = { name: 'One theme, sorted by title', args: { refine: 'theme:Mobilité', facets: 'publisher', sort: 'title', 'no-search': true } };
export const Loading: Story = { tags: ['state-loading'], parameters: { portal: PORTAL.slow } };
export const Empty: Story = { tags: ['state-empty'], args: { where: 'dataset_id = "aucun-jeu"' } };
export const Error: Story = { tags: ['state-error'], parameters: { portal: PORTAL.unavailable } };
