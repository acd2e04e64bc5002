// od-resize.js: the optional host script for iframe embeds. It resizes each `<iframe data-od-embed>` to the
// height its page reports, after checking that the message comes from that very frame and from its origin.
// No imports: it is built as a standalone classic script (`<script src="…/od-resize.js" async>`).
const KEY = 'opendata-widgets-height';

function frameOf(event: MessageEvent): HTMLIFrameElement | undefined {
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-od-embed]')) {
    if (frame.contentWindow !== event.source) continue;
    try {
      // The frame's declared origin must be the sender's: a navigated-away frame cannot resize it.
      if (new URL(frame.src, document.baseURI).origin === event.origin) return frame;
    } catch {}
  }
  return undefined;
}

window.addEventListener('message', (event: MessageEvent) => {
  const data = event.data as Record<string, { height?: unknown } | undefined> | null;
  const height = data && typeof data === 'object' ? data[KEY]?.height : undefined;
  if (typeof height !== 'number' || !Number.isFinite(height) || height < 0) return;
  const frame = frameOf(event);
  if (!frame) return;
  // Setting style through the CSSOM is allowed under a strict CSP (an inline style attribute in the pasted code
  // would be refused there): the frame then looks part of the page.
  frame.style.height = `${Math.min(Math.round(height), 20000)}px`;
  frame.style.border = '0';
  frame.style.width = '100%';
});
