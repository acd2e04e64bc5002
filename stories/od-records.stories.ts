import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { PORTAL, widgetMeta } from './widget.js';

const FESTIVALS = { dataset: 'finistere-festivals' };

export default {
  title: 'Elements/od-records',
  component: 'od-records',
  ...widgetMeta('od-records'),
  args: { 'page-size': 4, fields: 'domaine', detail: true },
  parameters: { context: FESTIVALS },
} satisfies Meta;
type Story = StoryObj;

export const Default: Story = {};
export const List: Story = { args: { layout: 'list', more: true } };
export const English: Story = { globals: { lang: 'en' } };
export const Breton: Story = { globals: { lang: 'br' } };
export const Loading: Story = { tags: ['state-loading'], parameters: { portal: PORTAL.slow } };
export const Error: Story = { tags: ['state-error'], parameters: { portal: PORTAL.unavailable } };
