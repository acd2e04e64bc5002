// Every story: the elements registered, controls and docs from custom-elements.json, and a wrapper giving the
// portal (the local one, or a fault prefix from the story's `portal` parameter), the language and the theme.
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { publicManifest } from '../stories/manifest-controls.js';
import { THEMES } from '../stories/themes.js';
import '../src/define.js';

setCustomElementsManifest(publicManifest(manifest));

const wrap: Decorator = (story, { globals, parameters }) => {
  const theme = globals.theme && globals.theme !== 'none' ? `od-theme-${globals.theme}` : '';
  return html`<div class="od-story ${theme}" lang=${globals.lang ?? 'fr'} data-od-portal=${parameters.portal ?? '/'}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [wrap],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
  globalTypes: {
    lang: {
      description: 'Langue des widgets',
      toolbar: { title: 'Langue', icon: 'globe', dynamicTitle: true, items: [
        { value: 'fr', title: 'Français' }, { value: 'en', title: 'English' }, { value: 'br', title: 'Brezhoneg' }] },
    },
    theme: {
      description: 'Thème (themes/*.css)',
      toolbar: { title: 'Thème', icon: 'paintbrush', dynamicTitle: true,
        items: [{ value: 'none', title: 'Aucun' }, ...THEMES.map((t) => ({ value: t, title: t }))] },
    },
  },
  initialGlobals: { lang: 'fr', theme: 'none' },
};
export default preview;
